# while loops with walrus, compound conditions, nested loops and flags.
stack = [1, 2, 3, 4, 5]
while stack and (top := stack.pop()) != 2:
    print("popped", top)
print("stopped with", top, "remaining", stack)
a, b = 48, 18
while b:
    a, b = b, a % b
print("gcd", a)
n = 27
steps = 0
while n != 1 and steps < 1000:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
found = False
while i < 5 and not found:
    j = 0
    while j < 5:
        if i * j == 6:
            found = True
            break
        j += 1
    else:
        i += 1
print("found", i, j, found)
count = 0
while count < 3:
    count += 1
    if count == 2:
        continue
    print("count", count)
else:
    print("while-else after natural end")
