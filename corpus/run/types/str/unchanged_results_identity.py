# str and bytes methods that leave their text as it was give the object itself back when it
# is of the exact type (CPython's unicode_result_unchanged / stringlib's return_self), which
# `is` and pickle's memo observe; subclasses and bytearrays always get a new object.
import pickle

s = "hello world"
b = b"hello world"
checks = [
    ("replace none", s.replace("zz", "y") is s), ("replace count 0", s.replace("l", "L", 0) is s),
    ("replace same object", s.replace(s, s) is s), ("replace done", s.replace("l", "L") is s),
    ("strip", s.strip() is s), ("ljust", s.ljust(3) is s), ("zfill", s.zfill(4) is s),
    ("zfill wide", s.zfill(20) is s), ("split", s.split("zz")[0] is s),
    ("split ws", "abc".split()[0] == "abc"), ("rsplit", s.rsplit("zz")[0] is s),
    ("splitlines", s.splitlines()[0] is s), ("splitlines nl", "a\n".splitlines()),
    ("expandtabs", s.expandtabs() is s), ("expandtabs tab", "a\tb".expandtabs()),
    ("removeprefix", s.removeprefix("zz") is s), ("removesuffix", s.removesuffix("") is s),
    ("partition", s.partition("zz")[0] is s),
    ("b replace", b.replace(b"zz", b"y") is b), ("b strip", b.strip() is b),
    ("b slice", b[:] is b), ("b slice part", b[1:]), ("b ljust", b.ljust(2) is b),
    ("b zfill", b.zfill(2) is b), ("b join", b"".join([b]) is b), ("b split", b.split(b"z")[0] is b),
    ("b rsplit", b.rsplit(b"z")[0] is b), ("b partition", b.partition(b"z")[0] is b),
    ("b rpartition", b.rpartition(b"z")[2] is b), ("b splitlines", b.splitlines()[0] is b),
    ("b translate", b.translate(None) is b), ("b translate del", b.translate(None, b"l")),
    ("ba replace", type(bytearray(b"ab").replace(b"z", b"y")).__name__),
    ("empty replace", "".replace("", "x"), "".replace("", "x", 1)),
]


class S(str):
    pass


class B(bytes):
    pass


checks += [
    ("str subclass", type(S("ab").replace("z", "y")).__name__, type(S("ab").strip()).__name__),
    ("bytes subclass", type(B(b"ab").strip()).__name__, type(B(b"ab").split()[0]).__name__),
]
for c in checks:
    print(*c)
word = "shared"
print(pickle.dumps((word, word), 0))
print(pickle._dumps((word, word), 0))
