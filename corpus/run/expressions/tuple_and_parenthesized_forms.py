# Commas make tuples; parentheses only group (except the empty tuple).
t = 1, 2
print(t, type(t).__name__)
single = 1,
print(single, (1), (1,))
print(len(((1, 2),)), len((1, 2)))
a = (1 +
     2)
print(a)
empty = ()
print(empty, len(empty), () == tuple())
x, = [7]
print(x)
for i, in [(1,), (2,)]:
    print("i", i)
print(*(1, 2), (*(3,),))
print([1, 2,], {1: 2,}, (1, 2,), {1,})


def ret():
    return 1, 2, 3


print(ret(), type(ret()).__name__)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
print(1, 2 == (1, 2), (1, 2) == (1, 2))
