# whitespace-only last line without newline
if 1:
    x = 1
    