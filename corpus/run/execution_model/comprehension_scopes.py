# Comprehensions have their own scope; only the first iterable is evaluated outside.
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
gen = (y for y in range(2))
print(list(gen))
try:
    y
except NameError as e:
    print("NameError:", e)


def walrus_binds_outside():
    data = [1, 5, 3]
    if any((big := v) > 4 for v in data):
        return big


print(walrus_binds_outside())


def first_iterable_eager():
    def source():
        print("  source evaluated")
        return range(2)
    g = (i for i in source())
    print("  generator created")
    return list(g)


print(first_iterable_eager())


def inner_iterable_lazy():
    def src(n):
        print("  inner iterable for", n)
        return range(n)
    return [(a, b) for a in range(1, 3) for b in src(a)]


print(inner_iterable_lazy())


def closure_over_comprehension_var():
    fs = [lambda: k for k in "abc"]
    return [f() for f in fs]


print(closure_over_comprehension_var())
print({k: v for k, v in zip("ab", range(2))}, {c for c in "hello"})
nested = [[r * c for c in range(3)] for r in range(3)]
print(nested)
