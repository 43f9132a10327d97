# A set (or set subclass) used as a key of remove/discard/in is looked up as the equal
# frozenset; remove's KeyError carries the original set. set/frozenset subclasses that
# redefine __init__ may take keyword arguments (frozenset only: set's __init__ refuses them).
class SetSub(set):
    pass

s = {frozenset("ab"), frozenset(), 1}
print(set("ab") in s, SetSub("ab") in s, set("xy") in s)
s.discard(set("ab"))
print(sorted(map(sorted, (x for x in s if isinstance(x, frozenset)))))
s.remove(SetSub())
print(s)
try:
    s.remove(set("zz"))
except KeyError as e:
    print("KeyError:", e.args[0], type(e.args[0]).__name__)
try:
    s.remove([1])
except TypeError as e:
    print("TypeError:", e)

for ctor in (set, frozenset):
    try:
        ctor(iterable=())
    except TypeError as e:
        print(ctor.__name__, "TypeError:", e)

class FInit(frozenset):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg

class SNew(set):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self

u = FInit([1, 2], newarg=3)
print(type(u).__name__, sorted(u), u.newarg)
try:
    SNew([1, 2], newarg=3)
except TypeError as e:
    print("SNew TypeError:", e)

class Plain(frozenset):
    pass

try:
    Plain([1], newarg=1)
except TypeError as e:
    print("Plain TypeError:", e)
