# unterminated single-quoted string gives ERRORTOKEN then continues
x = 'abc
y = 2
