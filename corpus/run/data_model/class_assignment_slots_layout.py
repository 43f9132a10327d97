# `__class__` assignment between classes with __slots__: allowed when both lay their instances
# out alike (the same slot names, in any order, over the same bases, and the same __dict__ and
# __weakref__), refused with CPython's message otherwise.


def attempt(obj, cls):
    try:
        obj.__class__ = cls
        return "ok " + type(obj).__name__
    except TypeError as e:
        return "TypeError: " + str(e)


class G:
    __slots__ = ["a", "b"]


class H:
    __slots__ = ["b", "a"]


class I:
    __slots__ = ["a", "b"]


class J:
    __slots__ = ["c", "b"]


class K:
    __slots__ = ["a", "b", "d"]


class L(H):
    __slots__ = ["e"]


class M(I):
    __slots__ = ["e"]


class N(J):
    __slots__ = ["__weakref__"]


class P(J):
    __slots__ = ["__dict__"]


class Q(J):
    pass


class R(J):
    __slots__ = ["__dict__", "__weakref__"]


for cls, cls2 in ((G, H), (G, I), (I, H), (Q, R), (R, Q)):
    x = cls()
    x.a = 1
    print(cls.__name__, cls2.__name__, attempt(x, cls2), x.a, attempt(x, cls))

names = [G, J, K, L, M, N, P, R]
for cls in names:
    row = []
    for cls2 in names:
        if cls is not cls2:
            row.append(attempt(cls(), cls2).split(":")[0])
    print(cls.__name__, row)
print(attempt(L(), M))
print(attempt(N(), J))
