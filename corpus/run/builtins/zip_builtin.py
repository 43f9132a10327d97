# zip() stops at the shortest input; strict=True checks lengths.
print(list(zip("abc", [1, 2, 3])), list(zip("ab", range(10))), list(zip()), list(zip("abc")), list(zip([], "x")))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("kv", (1, 2))))
print(list(zip("ab", [1, 2], strict=True)))
for args in [("ab", [1]), ("a", [1, 2]), ("ab", "cd", "e")]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)
calls = []


def gen(name, n):
    for i in range(n):
        calls.append(f"{name}{i}")
        yield i


print(list(zip(gen("a", 3), gen("b", 1))), calls)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
z = zip("ab", "cd")
print(type(z).__name__, next(z), list(z))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
