# last line is code without newline
x = 1