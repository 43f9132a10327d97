# parenthesised forms: positions of inner nodes exclude the parentheses
a = (x)
b = ((x))
c = (((x)))
d = (x, )
e = ()
f = (x + y) * z
g = ((x, y), (z,))
h = (x
     +
     y)
i = (
    x
)
j = (x for x in y)
k = ((x for x in y))
l = (yield_ := 1)
m = ([x], {y}, (z))
n = (-(x))
def gen():
    v = (yield)
    w = ((yield x))
    return (v)
