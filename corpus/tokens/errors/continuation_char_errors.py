# characters after a line-continuation backslash
x = \x
