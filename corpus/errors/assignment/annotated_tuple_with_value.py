x, y: tuple = 1, 2
