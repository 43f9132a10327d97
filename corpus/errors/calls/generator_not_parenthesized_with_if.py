f(a, x for x in y if x, b)
