@decorator
def f():
pass
