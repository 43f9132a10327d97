# The compiler, not the parser, rejects this file: the report still shows the line and carets,
# which CPython reads back from the file.
def f():
    return 1


x = f()
return x
