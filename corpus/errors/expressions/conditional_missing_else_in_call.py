f(a if b, c)
