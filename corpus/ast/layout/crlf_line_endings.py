# CRLF line endings throughout
x = 1
def f(a,
      b):
    s = """multi
line"""
    return a + \
        b

class C:
    pass
y = [1,
     2]
