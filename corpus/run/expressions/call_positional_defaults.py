# Calls that pass some positional parameters and leave the rest to their defaults: the
# defaults seen are those of `__defaults__` at the time of the call, shared objects stay
# shared, and parameters captured by closures or counted by recursion get them too.


def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)


print(f(1), f(2), f(3, 4), f(5, 6, []), f(7))

f.__defaults__ = (20, [])
print(f(1), f(2, 3))
f.__defaults__ = ([],)
try:
    print(f(1))
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)


def count(n, acc=0):
    if n == 0:
        return acc
    return count(n - 1, acc + n)


print(count(100))


def outer(x, scale=3):
    def inner():
        return x * scale

    return inner


print(outer(2)(), outer(2, 5)())


def fact(n, memo={}):
    if n < 2:
        return 1
    if n not in memo:
        memo[n] = n * fact(n - 1)
    return memo[n]


print(fact(20), sorted(fact.__defaults__[0])[:3])


class Point:
    def __init__(self, x, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def moved(self, dx=1, dy=0):
        return Point(self.x + dx, self.y + dy, self.z)


p = Point(1).moved().moved(5)
print(p.x, p.y, p.z)


def positional_only(a, b=10, /, c=100):
    return a + b + c


print(positional_only(1), positional_only(1, 2), positional_only(1, 2, 3))


def gen(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step


print(list(gen(5)), list(gen(10, 3)))

try:
    count()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
