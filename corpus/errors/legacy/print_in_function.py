def f():
    print f.__name__
