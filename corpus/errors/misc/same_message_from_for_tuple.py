for (a, 2) in x:
    pass
