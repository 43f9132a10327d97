# list/tuple/float refuse keyword arguments unless a subclass redefines the other half of
# construction (list: __new__; tuple and float: __init__), which may consume them.
for ctor in (list, tuple, float):
    try:
        ctor(sequence=())
    except TypeError as e:
        print(ctor.__name__, "TypeError:", e)

class L(list):
    pass

try:
    L(sequence=())
except TypeError as e:
    print("L TypeError:", e)

class LInit(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg

u = LInit([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)

class LNew(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self

u = LNew([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)

class TInit(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg

u = TInit([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)

class TNew(tuple):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self

u = TNew([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)

class FInit(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg

u = FInit(2.5, newarg=3)
print(type(u).__name__, float(u), u.newarg)

try:
    LNew([1], [2], newarg=1)
except TypeError as e:
    print("LNew TypeError:", e)
try:
    TInit([1], [2])
except TypeError as e:
    print("TInit TypeError:", e)
