# assert with and without messages
assert x
assert x, 'message'
assert isinstance(obj, int), f'got {type(obj).__name__}'
assert (x,
        y)
assert x == y, (
    'long message'
    ' continued'
)
assert not x or y, x
assert lambda: 0, lambda: 1
