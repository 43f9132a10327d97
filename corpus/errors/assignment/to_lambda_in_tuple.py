x, lambda: 1 = y
