# := in every allowed place
if (n := len(data)) > 10:
    pass
if n := len(data):
    pass
while chunk := read(1024):
    process(chunk)
filtered = [y for x in data if (y := f(x)) is not None]
pairs = [y := f(x), y ** 2]
print(total := 1 + 2)
print(key=(value := 3))
s = {z := 1, z + 1}
x = (y := 2)
a[b := 1]
a[b := 1, c := 2]
a[(b := 1):2]
f"{(x := 10)}"
def g(a=(b := 1)) -> (c := int):
    return (d := a)
assert (m := 1), (m := 2)
k = lambda: (q := 1)
@(dec := decorator)
def h(): pass
elements = [(last := v) for v in range(3)]
del_me = (t := (u := 5))
with (r := open('f')) as fh:
    pass
while (line := next(it, None)) is not None and (s := line.strip()):
    pass
