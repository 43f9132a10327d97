# any() and all() short-circuit and return booleans.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 2]), all([1, 0, 1]))
print(any("abc"), all(""), any({0: 1}), all({1: 0}), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
seen = []


def check(x):
    seen.append(x)
    return x


print(any(check(x) for x in [0, 0, 5, 0, 7]), seen)
seen.clear()
print(all(check(x) for x in [1, 2, 0, 3]), seen)
print(type(any([1])).__name__, any([[]]), all([()]), any([float("nan")]))
try:
    any(5)
except TypeError as e:
    print("TypeError:", e)
it = iter([0, 1, 2, 3])
print(any(it), list(it))
