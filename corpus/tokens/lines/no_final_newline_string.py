# last line is a string without newline
x = "abc"