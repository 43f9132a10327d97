class A(x for x in y, B):
    pass
