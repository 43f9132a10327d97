# constant values in various positions
a = (None, True, False, ..., 0, 0.0, 0j, '', b'')
b = [None] * 3
c = {True: 1, False: 0}
d = None if True else False
def f(x=None, *, y=True, z=...):
    return None
