# Integer expressions whose intermediate results are used once: values stay right when a
# result may take an intermediate's place, named values are never changed, results crossing
# the small-int range and i64 overflow into big ints are exact, and identities hold.
def poly(i):
    return (i * 3 + 7) * (i - 2) - 5


def mixed(a, b):
    t = a * 1000
    u = t + b
    v = (a * 1000) + (b * 1000)
    return t, u, v, t is u, u is v


def chain(n):
    acc = 0
    for i in range(n):
        acc = acc + (i * i - i) * 2
    return acc


def overflow():
    big = 2**62
    return (big + big) - 1, (big * 2) * 2, -(big * 2) - big


print([poly(i) for i in range(-5, 300, 37)])
print(mixed(5, 7))
print(mixed(123456, 654321))
print(chain(1000))
print(overflow())
x = 10**5
y = x * 2 + 1
print(x, y, (x + 1) * (y - 1), x, y)
z = [i * 1000 + 1 for i in range(5)]
print(z, [a - 1 for a in z], z)
