from = 1
