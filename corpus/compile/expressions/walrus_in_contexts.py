# Assignment expressions in if/while tests, comprehensions, calls and nested functions.
def f(data):
    if (n := len(data)) > 2:
        first = n
    else:
        first = 0
    out = []
    it = iter(data)
    while (v := next(it, None)) is not None:
        out.append(v)
    filtered = [y for x in data if (y := x * 2) > 2]
    return first, out, filtered, y, [last := i for i in range(3)], last


print(f([1, 2, 3]))
print((z := 10), z, print(w := "in call"), w)
