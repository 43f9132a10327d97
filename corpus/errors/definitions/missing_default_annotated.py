def f(a: int = , b=2):
    pass
