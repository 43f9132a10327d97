# backslash followed by CRLF
x = 1 + \
    2
y = 3
