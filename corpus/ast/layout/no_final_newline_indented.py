# the last line is inside a block and has no newline
def f():
    if True:
        return 1