# backslash inside comments does not join lines \
x = 1  # trailing \
y = 2
