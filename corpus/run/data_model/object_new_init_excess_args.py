# object.__new__'s and object.__init__'s excess-argument checks, for classes overriding neither,
# one or both, including by assigning object's own methods.
class A:
    __init__ = object.__init__
class B:
    def __init__(self, x):
        self.x = x
class C:
    pass
class D(B):
    __new__ = object.__new__
class E:
    def __new__(cls, *a):
        return object.__new__(cls)
    def __init__(self, *a):
        pass
for k in (A, B, C, D, E):
    for args in ((), (1,), (1, 2)):
        try:
            o = k(*args)
            print(k.__name__, args, "ok", type(o).__name__)
        except TypeError as e:
            print(k.__name__, args, "TypeError", e)
