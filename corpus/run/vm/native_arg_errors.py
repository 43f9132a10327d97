for f in [lambda: int(x=1), lambda: sorted([], foo=1), lambda: print(foo=1), lambda: [].sort(foo=1), lambda: 'a'.split(foo=1), lambda: max(1,2,foo=1), lambda: round(1, foo=2), lambda: 'a'.encode(foo=1), lambda: dict.fromkeys([], foo=1), lambda: str(foo=1), lambda: enumerate([], foo=1), lambda: pow(1,2,foo=3), lambda: zip(foo=1), lambda: min([], key=None, x=1), lambda: 'x'.startswith('x', foo=1), lambda: range(foo=1), lambda: list(foo=1), lambda: tuple(x=1), lambda: set(x=1), lambda: float(x=1), lambda: bool(x=1), lambda: divmod(1, x=2), lambda: isinstance(1, x=int), lambda: getattr(1, 'x', default=1), lambda: 'a'.replace('a','b',count=1), lambda: [].index(1, start=0), lambda: 'ab'.center(5, fillchar='x'), lambda: sum([], start=1, x=2)]:
    try: print(f())
    except TypeError as e: print(e)
for f in [lambda: [].copy(1), lambda: [].append(), lambda: [].append(1, 2), lambda: {}.keys(1), lambda: "a".upper(1), lambda: [].pop(1, 2), lambda: (lambda f: f(1))([].copy), lambda: "x".join(), lambda: int.from_bytes(), lambda: dict.fromkeys()]:
    try: print(f())
    except TypeError as e: print(e)
class L(list): pass
try: L().copy(1)
except TypeError as e: print(e)
m = L().copy
try: m(1)
except TypeError as e: print(e)
