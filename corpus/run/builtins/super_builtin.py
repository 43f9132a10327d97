# super() as a builtin: explicit two-argument forms, unbound super, attribute lookup through the MRO.
class A:
    def who(self):
        return "A"

    @property
    def prop(self):
        return "A.prop"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()

    @property
    def prop(self):
        return "D>" + super().prop


d = D()
print(d.who(), super(D, d).who(), super(B, d).who(), super(C, d).who(), d.prop)
print(super(D, D).who(d), type(super(D, d)).__name__, super(D, d).__thisclass__.__name__, super(D, d).__self__ is d)
try:
    super(D, d).nonexistent
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(A, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(5, d)
except TypeError as e:
    print("TypeError:", e)
unbound = super(B)
print(type(unbound).__name__, unbound.__self__)
