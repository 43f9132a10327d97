match = 1 2
