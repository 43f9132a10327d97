x = [a for in b]
