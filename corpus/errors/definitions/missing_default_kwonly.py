def f(*, b=):
    pass
