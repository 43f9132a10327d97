print(a, b c)
