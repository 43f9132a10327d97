f(a for a in b, c=1)
