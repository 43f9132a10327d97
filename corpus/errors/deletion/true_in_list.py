del a, [b, True]
