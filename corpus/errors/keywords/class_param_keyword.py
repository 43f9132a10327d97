def f(a, *, class):
    pass
