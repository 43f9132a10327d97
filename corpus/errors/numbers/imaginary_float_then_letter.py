x = 1.5jk
