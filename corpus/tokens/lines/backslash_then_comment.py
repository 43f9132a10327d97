# backslash followed by a comment is an error
x = 1 + \ # c
    2
