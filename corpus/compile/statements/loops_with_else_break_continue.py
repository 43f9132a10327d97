# for/while loops with else, break, continue, nested loops and loop-carried state.
total = 0
for i in range(10):
    if i == 2:
        continue
    if i == 7:
        break
    total += i
else:
    total = -1
print(total)
for i in range(3):
    pass
else:
    print("for else", i)
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
else:
    print("while else", n)
while True:
    n -= 1
    if n < 2:
        break
print(n)
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24:
            found = (a, b)
            break
    else:
        continue
    break
print(found)
i = 0
while i < 3:
    j = 0
    while j < 3:
        j += 1
        if j == 2:
            continue
    i += 1
print(i, j)
