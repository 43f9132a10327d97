# unterminated string on last line without newline
x = 'abc