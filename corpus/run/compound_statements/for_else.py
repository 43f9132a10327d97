# for loops over many iterables, with else and with complex targets.
for i in range(3):
    print("range", i)
else:
    print("range done")
for ch in "hey":
    print("char", ch)
for k, v in {"a": 1, "b": 2}.items():
    print("item", k, v)
for idx, (a, b) in enumerate([(1, 2), (3, 4)]):
    print("nested target", idx, a, b)
for first, *rest in ["abc", "de"]:
    print("star target", first, rest)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print("prime", n)
obj = type("O", (), {})()
for obj.attr in [1, 2]:
    pass
print("attribute target", obj.attr)
store = [0, 0]
for store[0] in "xy":
    pass
print("subscript target", store)
for x in []:
    print("never")
else:
    print("empty iterable: else runs")
for b in b"AB":
    print("byte", b)
for s in {3, 1, 2}:
    print("set element", s)
for z in zip(range(3), "ab"):
    print("zip", z)
for x in reversed([1, 2, 3]):
    print("reversed", x)
