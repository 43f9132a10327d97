# unterminated string inside brackets
x = ('abc,
     2)
