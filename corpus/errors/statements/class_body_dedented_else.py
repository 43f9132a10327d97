class A:
    x = 1
else:
    pass
