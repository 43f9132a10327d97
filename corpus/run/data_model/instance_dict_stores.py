# Attribute stores into the instance dict, as `PyObject_GenericSetAttr` makes them: new names
# are added in order, existing ones replaced in place, and the dict that receives them is
# whatever `__dict__` is, even with keys of other types sharing a name's hash.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.z = x + y


class Q(P):
    pass


points = [P(i, i * 2) for i in range(5)] + [Q(i, -i) for i in range(3)]
for p in points:
    p.w = p.x * 10
    p.x = -p.x
print([vars(p) for p in points])
print([list(p.__dict__) for p in points[:2]])

# The same sites see objects of many classes, in turn.
classes = [type(f"C{i}", (), {}) for i in range(7)]
objs = [c() for c in classes] * 3
for n, o in enumerate(objs):
    o.a = n
    o.b = n * n
print([(type(o).__name__, o.a, o.b) for o in objs])


class Key:
    """A key equal to the string "attr" and hashing like it."""

    def __init__(self, calls):
        self.calls = calls

    def __hash__(self):
        return hash("attr")

    def __eq__(self, other):
        self.calls.append(other)
        return other == "attr"


calls = []
o = P(1, 2)
o.__dict__[Key(calls)] = "from key"
o.attr = "stored"
print(len(calls) > 0, sorted(str(v) for v in o.__dict__.values()))


class StrSub(str):
    def __eq__(self, other):
        return str.__eq__(self, other)

    __hash__ = str.__hash__


o = P(3, 4)
o.__dict__[StrSub("name")] = "sub"
o.name = "plain"
print(o.__dict__, type(list(o.__dict__)[-1]).__name__)


class D(dict):
    def __setitem__(self, k, v):
        print("never called by setattr", k)
        super().__setitem__(k, v)


o = P(5, 6)
o.__dict__ = D(o.__dict__)
o.extra = 1
o.x = 2
print(type(o.__dict__).__name__, dict(o.__dict__))

# A dict that grows past its first size while attributes are stored.
class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, f"a{i}", i)
for i in range(40):
    m.a0 = i
    m.a39 = -i
print(len(vars(m)), m.a0, m.a39, list(vars(m))[:3], list(vars(m))[-2:])

# Deleting and storing again puts the name last.
del m.a0
m.a0 = "back"
print(list(vars(m))[-1], m.a0)


class Slotted:
    __slots__ = ("s",)


s = Slotted()
for i in range(3):
    s.s = i
print(s.s)
try:
    s.t = 1
except AttributeError as e:
    print("AttributeError:", e)


class WithProp:
    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("setter", value)
        self._v = value


wp = WithProp()
for i in range(3):
    wp.v = i
print(wp.v, vars(wp))
