# backslash-newline continues a single-quoted string onto the next line
s = 'abc\
def'
t = "x\
\
y"
u = 1
