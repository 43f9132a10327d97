@deco(a=1, b)
def g():
    pass
