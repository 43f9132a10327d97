# Constant tuples from displays, and 'in'/'not in' against list and set displays of constants.
def check(x):
    a = x in (1, 2, 3)
    b = x in [1, 2, 3]
    c = x in {1, 2, 3}
    d = x not in {4, 5}
    e = x in ("a", "b")
    f = x in [x, 1]
    g = x in {1, x}
    h = x in ((1, 2), (3, 4))
    return a, b, c, d, e, f, g, h


print(check(1), check(9), check("a"))
t1 = (1, 2, 3)
t2 = (1, (2, (3, 4)), "s", None, True, 1.5, b"b", ...)
t3 = ((), (1,), ((),))
t4 = (-1, -2.5, 3j)
t5 = (1, [2], 3)
print(t1, t2, t3, t4, t5)
l1 = [1, 2, 3]
l2 = [1, 2, 3, 4, 5]
s1 = {1, 2, 3}
print(l1, l2, s1 == {3, 2, 1})
