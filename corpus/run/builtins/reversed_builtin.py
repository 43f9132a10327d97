# reversed() on sequences, ranges, dicts and objects with __reversed__ or the sequence protocol.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.values())), list(reversed({"a": 1}.items())))
print(list(reversed(b"xyz")), list(reversed(bytearray(b"12"))), list(reversed([])))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
for bad in [{1, 2}, iter([1]), 5, (x for x in "a")]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
lst2 = [1, 2, 3]
rv2 = reversed(lst2)
lst2.clear()
print(list(rv2))
print(reversed(range(5)).__length_hint__(), reversed([1, 2]).__length_hint__())
