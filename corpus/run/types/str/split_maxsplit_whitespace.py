# str.split()/rsplit() on whitespace with maxsplit: the rest keeps its trailing (rsplit: leading)
# whitespace, as stringlib's split_whitespace does; the find family's argument-count errors use
# PyArg_ParseTuple's wording.
for s in ['  a    b   ', '  a    b   c   ', 'a\u2028b\u3000 ', '', '   ', ' x ']:
    for m in (None, 0, 1, 2, 5):
        print(repr(s), m, s.split(None, -1 if m is None else m), s.rsplit(None, -1 if m is None else m))
for m in ['find','rfind','index','rindex','count','startswith','endswith']:
    for args in [(), ('x', None, None, None)]:
        try: getattr('hello', m)(*args)
        except TypeError as e: print(e)
