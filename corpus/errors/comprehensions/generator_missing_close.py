x = sum(a for a in b
