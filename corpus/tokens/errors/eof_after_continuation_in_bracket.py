# backslash continuation inside an unclosed bracket at EOF
x = (1 + \
