# break and continue in for and while loops, nested loops and with else clauses.
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
n = 0
while n < 10:
    n += 1
    if n in (3, 4):
        continue
    if n == 7:
        break
    print("n", n)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print("pair", i, j)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print("found", found)
for i in []:
    break
else:
    print("else of empty loop runs")
while True:
    break
else:
    print("never printed")
print("done")
