# The TypeError a built-in function or method gives for a wrong number of positional
# arguments or for keywords it does not take, for functions with a fixed count, a range of
# counts, one argument and none; and the same calls done right.


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except TypeError as e:
        print(label, "TypeError:", e)
    else:
        print(label, "->", repr(r))


class K:
    pass


calls = [
    ("isinstance()", isinstance),
    ("isinstance(1)", isinstance, 1),
    ("isinstance(1, int, 2)", isinstance, 1, int, 2),
    ("isinstance(1, int)", isinstance, 1, int),
    ("issubclass(K)", issubclass, K),
    ("issubclass(K, object)", issubclass, K, object),
    ("len()", len),
    ("len([], [])", len, [], []),
    ("len([1])", len, [1]),
    ("abs()", abs),
    ("abs(1, 2)", abs, 1, 2),
    ("divmod(7)", divmod, 7),
    ("divmod(7, 2)", divmod, 7, 2),
    ("getattr(1)", getattr, 1),
    ("getattr(1, 'real', 0, 0)", getattr, 1, "real", 0, 0),
    ("getattr(1, 'nope', 0)", getattr, 1, "nope", 0),
    ("iter()", iter),
    ("next()", next),
    ("next(iter([]), 'd')", next, iter([]), "d"),
    ("pow(2)", pow, 2),
    ("pow(2, 5, 3)", pow, 2, 5, 3),
    ("hasattr(1)", hasattr, 1),
    ("delattr(K)", delattr, K),
    ("setattr(K, 'a')", setattr, K, "a"),
    ("callable()", callable),
    ("chr()", chr),
    ("ord('a', 'b')", ord, "a", "b"),
    ("[].append()", [].append),
    ("[].append(1, 2)", [].append, 1, 2),
    ("[].pop(0, 1)", [].pop, 0, 1),
    ("[].clear(1)", [].clear, 1),
    ("{}.get()", {}.get),
    ("{}.get(1, 2, 3)", {}.get, 1, 2, 3),
    ("{}.setdefault(1, 2)", {}.setdefault, 1, 2),
    ("''.join()", "".join),
    ("'a'.startswith()", "a".startswith),
    ("'abc'.count('b', 0, 3, 4)", "abc".count, "b", 0, 3, 4),
    ("set().add()", set().add),
    ("(1, 2).index()", (1, 2).index),
    ("(1, 2).index(2, 0, 5)", (1, 2).index, 2, 0, 5),
    ("b'ab'.hex(1, 2, 3)", b"ab".hex, 1, 2, 3),
    ("object.__format__(1)", object.__format__, 1),
    ("int.__add__(1)", int.__add__, 1),
    ("slice()", slice),
    ("slice(1, 2, 3, 4)", slice, 1, 2, 3, 4),
    ("range()", range),
]
for label, f, *args in calls:
    attempt(label, f, *args)

attempt("isinstance(obj=1, class_or_tuple=int)", isinstance, obj=1, class_or_tuple=int)
attempt("len(obj=[])", len, obj=[])
attempt("abs(x=1)", abs, x=1)
attempt("[].append(object=1)", [].append, object=1)
attempt("divmod(x=1, y=2)", divmod, x=1, y=2)
attempt("getattr(1, 'real', default=0)", getattr, 1, "real", default=0)
attempt("{}.get(key=1)", {}.get, key=1)
attempt("set().add(elem=1)", set().add, elem=1)
attempt("next(iter([1]), default=0)", next, iter([1]), default=0)
