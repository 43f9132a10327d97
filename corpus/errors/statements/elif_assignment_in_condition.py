if x:
    pass
elif y = 2:
    pass
