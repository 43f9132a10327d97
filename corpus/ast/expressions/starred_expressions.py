# starred expressions in loads and stores
*a, b = c
a, *b = c
a, *b, c = d
[*a, b] = c
(*a,) = b
print(*args)
print(*args, *more, sep='')
x = [*a, *b]
x = (*a, *b)
x = {*a}
x = *a, b
for x in *a, *b:
    pass
def f():
    return *a, b
def g():
    yield *a, b
