# 'for' over list and set displays of constants iterates a constant tuple or frozenset.
total = 0
for v in [1, 2, 3, 4]:
    total += v
for v in (10, 20):
    total += v
for v in {100, 200}:
    total += v
for ch in "abc":
    total += ord(ch)
for v in [1, [2], 3]:
    total += 1
print(total)
print([x * 2 for x in [1, 2, 3]], [x for x in {5, 6}], {x for x in (7, 8)}, sum(x for x in [9, 10]))
