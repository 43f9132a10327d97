# backslash joining onto a blank line
x = 1 + \

2
