# min() and max(): iterable or several arguments, key, default, ties return the first.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max((1, 2), (1, 3)))
print(max([1, 3, 3.0, 2]), min([1.0, 1, True]), max([True, 1, 1.0]), max(["b", "B", "a"], key=str.lower))
print(min([], default="empty"), max([], default=None), max([5], default=0), min("", default="none"))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "kiwi"], key=len), max({"a": 3, "b": 5}, key={"a": 3, "b": 5}.get))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: -x % 4))
print(max(1, 2, key=lambda x: -x), min(x * x for x in range(-3, 2)))
for call in ["min()", "max([])", "min(1)", "max(1, 2, default=3)", "min([1, 'a'])", "max([], key=len)", "min(5, key=1)" ]:
    try:
        eval(call)
    except (TypeError, ValueError) as e:
        print(call, type(e).__name__ + ":", e)
nan = float("nan")
print(max([nan, 1, 2]), max([1, nan, 2]), min([2, nan, 1]))
