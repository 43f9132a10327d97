# for loops over files-free iterables: dict views, enumerate/zip combos, strings, generators, and mutation.
d = {"a": 1, "b": 2, "c": 3}
for k in d.keys():
    print("key", k, end="; ")
print()
for v in d.values():
    print("value", v, end="; ")
print()
for i, (k, v) in enumerate(d.items(), start=1):
    print(i, k, v)
for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a, b, c)
for ch in "héllo"[::-1]:
    print(ch, end="")
print()
total = 0
for n in (x * x for x in range(5)):
    total += n
print(total)
nums = [1, 2, 3]
for n in nums:
    if n < 10:
        nums.append(n * 10)
print(nums)
for i in range(3):
    i = i * 100
    print("rebinding the loop variable does not affect iteration:", i)
for _ in range(0):
    print("never")
for x in [[]] * 2:
    x.append(1)
print(x)
