# map() and filter() are lazy; map takes several iterables and stops at the shortest.
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")), list(filter(lambda x: x > 2, range(6))))
m = map(lambda x: print(f"  mapping {x}") or x * 10, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    filter(None, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
print(type(m).__name__, type(filter(None, [])).__name__, list(map(int, "123")), sum(map(len, ["ab", "c"])))
