x = [a < b = c]
