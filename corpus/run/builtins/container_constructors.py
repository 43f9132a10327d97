# list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray(), str() as constructors.
src = "hello"
print(list(src), tuple(src), set(src) == set("ehlo"), frozenset(src) == frozenset("ehlo"), dict.fromkeys(src))
print(list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray(), str())
print(list({"a": 1}), tuple({"b": 2}.items()), dict([("k", 1), ["j", 2]]), dict(x=1, y=2), dict({"a": 1}, b=2))
print(list(range(3)), tuple(iter([1, 2])), list(x for x in "ab"), str(123), str(b"abc", "utf-8"), str(b"\xff", "utf-8", "replace"))
for call in ["list(1)", "tuple(None)", "dict(1)", "dict([1])", "dict([(1, 2, 3)])", "set(5)", "frozenset([[]])",
             "str(b'a', 'bogus')", "list(1, 2)", "dict(**{1: 2})", "str(1, 'utf-8')"]:
    try:
        eval(call)
    except (TypeError, ValueError, LookupError) as e:
        print(call, type(e).__name__ + ":", e)
print(list([1, 2]) is not [1, 2], tuple((1, 2)), type(tuple([1])).__name__)


class ListLike:
    def __iter__(self):
        return iter([3, 2, 1])


print(list(ListLike()), sorted(ListLike()), set(ListLike()) == {1, 2, 3}, dict(zip(ListLike(), "abc")))
