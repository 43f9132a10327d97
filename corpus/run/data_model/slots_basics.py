# __slots__ removes the instance __dict__ and restricts attributes.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__, P.__slots__)


class Q(P):
    pass


q = Q(5)
q.z = 9
print(q.x, q.z, q.__dict__)


class R(P):
    __slots__ = ("w",)


r = R(1)
r.w = 2
print(r.x, r.w, hasattr(r, "__dict__"))
try:
    r.other = 1
except AttributeError as e:
    print("AttributeError:", e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = "one"
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
