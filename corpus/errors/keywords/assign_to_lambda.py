lambda = 1
