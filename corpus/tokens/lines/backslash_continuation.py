# explicit line joining with backslash-newline
x = 1 + \
    2
if x and \
   x:
    pass
