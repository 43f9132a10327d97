# a lone CR in the middle of an LF line
x = 1y = 2
