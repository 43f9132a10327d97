(a, True) = x
