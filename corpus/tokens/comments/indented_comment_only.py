    # indented comment as first line
x = 1
