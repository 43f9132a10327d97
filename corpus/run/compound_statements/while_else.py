# while loops with else: else runs when the condition becomes false, not after break.
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("  found at", i)
            break
        i += 1
    else:
        print("  not found")
        return -1
    return i


print(find([5, 6, 7], 6))
print(find([5, 6, 7], 9))
n = 0
while n < 3:
    n += 1
else:
    print("loop finished with n =", n)
while False:
    pass
else:
    print("else runs even when body never runs")
count = 0
while True:
    count += 1
    if count == 5:
        break
print("count", count)


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([collatz(i) for i in range(1, 15)])
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
