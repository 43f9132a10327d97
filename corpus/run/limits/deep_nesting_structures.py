# Deeply nested data built iteratively and walked without recursion.
depth = 100000
nested = None
for i in range(depth):
    nested = (i, nested)
count = 0
node = nested
while node is not None:
    count += 1
    node = node[1]
print(count, nested[0])
d = {}
cur = d
for i in range(50000):
    cur["next"] = {}
    cur = cur["next"]
cur["end"] = True
walk = d
steps = 0
while "next" in walk:
    walk = walk["next"]
    steps += 1
print(steps, walk)
del nested, d
print("deep structures freed")
