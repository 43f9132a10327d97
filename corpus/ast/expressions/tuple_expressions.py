# unparenthesised tuples start at their first element
x = 1, 2
x = 1,
x = a, b, *c
a, b = b, a
for i, j in pairs:
    pass
def f():
    return 1,
def g():
    return x, y
t = (1, 2), (3, 4)
u = 1, (2, 3), [4, 5]
v = ()
w = ((),)
