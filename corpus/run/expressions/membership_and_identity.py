# 'in' / 'not in' across container types and the 'is' operator on singletons.
print(2 in [1, 2], 2 in (1, 2), 2 in {1, 2}, 2 in {2: "x"}, "x" in {2: "x"}, 2 in range(3))
print("ell" in "hello", "" in "abc", "z" not in "abc", b"b" in b"abc", 98 in b"abc")
print([1] in [[1], [2]], (1,) in {(1,): 0}, 1.0 in [1], True in [1])
print(5 in range(0, 10, 5), 7 in range(0, 10, 5), -1 in range(-5, 0), 10 ** 20 in range(10 ** 21))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    [] in {1}
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
print(None is None, ... is Ellipsis, NotImplemented is NotImplemented, type(None)() is None)
print(True is not False, [] is not [])
a = b = []
print(a is b, a is not b)
print("a" in "a" in "a")
print(not 1 in [2], not (1 in [2]), 1 not in [2])
