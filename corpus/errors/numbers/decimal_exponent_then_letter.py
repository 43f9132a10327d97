x = 1e5x
