# backslash continuation on an otherwise empty line
x = 1
\
y = 2
