# del on names, attributes, subscripts, slices and target lists.
a = 1
del a
try:
    a
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["x"], d["y"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)


class O:
    pass


o = O()
o.v = 1
o.w = 2
del o.v
print(vars(o))
try:
    del o.v
except AttributeError as e:
    print("AttributeError:", e)
p, q = 1, 2
del (p, q)
print("p" in dir(), "q" in dir())
r = [1, 2, 3]
del [r[0]]
print(r)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)


def f():
    x = 1
    del x
    x = 2
    return x


print(f())
nested = {"a": {"b": [1, 2, 3]}}
del nested["a"]["b"][1]
print(nested)
