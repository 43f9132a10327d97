# The pickling hooks of built-in types that `copy` relies on: set/frozenset, range, slice,
# complex, bytearray (both protocol branches), exceptions (with attributes, OSError's filename,
# ImportError's name/path) and functools.partial (__reduce__ and __setstate__).
import copy
import functools

print(set([3, 1]).__reduce__())
print(frozenset().__reduce__())
print(range(1, 5, 2).__reduce__(), slice(1, None).__reduce__())
print((1 + 2j).__getnewargs__())
print(bytearray(b"ab\xff").__reduce__())
print(bytearray(b"ab").__reduce_ex__(4), bytearray().__reduce_ex__(4), bytearray(b"q").__reduce_ex__(2))
print(ValueError(1, 2).__reduce__())
print(OSError(2, "x", "f").__reduce__(), OSError(2, "x", "f").args)
print(OSError(1, "y", "a", None, "b").__reduce__())
print(ImportError("m", name="n").__reduce__(), ImportError("m").__reduce__())

original = [{1, 2}, frozenset({3}), range(3), slice(1, 2), 1j, bytearray(b"x")]
clone = copy.deepcopy(original)
print(clone, clone == original, clone[0] is original[0], clone[5] is original[5])
print(repr(copy.copy(KeyError("k"))), copy.deepcopy(OSError(2, "no", "f")).filename)

e = ValueError("v")
e.extra = 5
print(e.__reduce__(), copy.copy(e).extra)
e.__setstate__({"more": 6})
print(e.more)
try:
    e.__setstate__([1])
except TypeError as exc:
    print("TypeError:", exc)


class TaggedSet(set):
    pass


s = TaggedSet([1])
s.tag = 2
print(s.__reduce__(), copy.deepcopy(s).tag, type(copy.copy(s)).__name__)

p = functools.partial(int, "11", base=2)
print(p.__reduce__())
q = copy.copy(p)
print(q(), q.args, q.keywords, q is p)
r = copy.deepcopy(functools.partial(max, [1, 5]))
print(r(), r.func)
p.attr = 3
print(p.__reduce__()[2][3], copy.copy(p).attr)
for bad in [(1, 2), (1, (), None, None), (str, [1], None, None)]:
    try:
        p.__setstate__(bad)
    except TypeError as exc:
        print("TypeError:", exc)
p.__setstate__((str, (), {"x": 1}, None))
print(p.func, p.keywords, p.__dict__)
