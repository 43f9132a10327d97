# backslash-newline as the last line
x = 1 + \
