# unclosed bracket at EOF without newline
x = [1, 2