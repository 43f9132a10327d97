# bytes/bytearray searches (find/rfind/index/rindex/count/startswith/endswith) with None and
# out-of-range start/end, their error messages, Py_ISSPACE whitespace in split/strip,
# bytes-only arguments of split/strip/replace, and bytearray % formatting.
for f in ["find","rfind","index","rindex","count","startswith","endswith"]:
    try: getattr(b'abc', f)(b'a', 'x')
    except Exception as e: print(f, type(e).__name__, e)
    try: getattr(b'abc', f)('a')
    except Exception as e: print(f, type(e).__name__, e)
try: b'abc'.index(b'z')
except Exception as e: print(e)
try: b'abc'.rindex(b'z')
except Exception as e: print(e)
print(b'abc'.find(b'', 4), b'abc'.find(b'',3), b'abc'.count(b'', 10), b'abc'.rfind(b'', 4), b'abc'.rfind(b'', 1, 2), b'abc'.find(b'',2,1))
print(b'abc'.startswith(b'', 3), b'abc'.startswith(b'', 4), b'abc'.endswith(b'', 4), b'abc'.startswith(b'', 2, 1), b'abc'.endswith(b'b', 0, 2))
print(b'abc'.startswith((b'x', b'b'), 1), b'abc'.endswith(b'c', -1, 10**30), b'abc'.find(b'c', -10**30))
for a in [1, 'a', [1]]:
    try: b'abc'.startswith(a)
    except Exception as e: print(type(e).__name__, e)
    try: b'abc'.endswith(a)
    except Exception as e: print(type(e).__name__, e)
for t in (bytes, bytearray):
    for f, a in [("split", (1,)), ("rsplit", (1,)), ("strip", (1,)), ("lstrip", (1,)), ("rstrip", (1,)), ("replace", (1, b'a')), ("replace", (b'a', 1)), ("split", ('a',)), ("strip", ('a',)), ("partition", (1,))]:
        try: print(getattr(t(b'abc'), f)(*a))
        except Exception as e: print(f, type(e).__name__, e)
print(bytearray(b'%s %d') % (b'x', 3))
x = bytearray(b'%s'); x %= (b'y',); print(x)
try: bytearray(b'%s') % ('x',)
except Exception as e: print(type(e).__name__, e)
print(b'a b\x1cc\x0bd\x0c'.split(), b' \x1c x \x0b'.strip(), b'\x1ca'.rsplit(), b'\x0b\x1f'.isspace())
b = b'hello'
print(b.find(b'l', None), b.find(b'l', -2, None), b.rfind(b'l', None, -2), b.count(b'l', None, None))
print(b.startswith((b'x', b'he'), None), b.endswith(b'l', None, -1), b.startswith((b'h', 'x')))
for f in ("find", "index", "rindex", "count", "endswith"):
    try:
        getattr(b, f)(b'x', None, None, None)
    except TypeError as e:
        print(e)
