x = 1
# last line is a comment without newline