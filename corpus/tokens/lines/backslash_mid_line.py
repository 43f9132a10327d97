# stray backslash in the middle of a line
x = 1 \ 2
