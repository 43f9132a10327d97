# docstring never closed inside an indented block
def f():
    """docstring never ends
    x = 1
