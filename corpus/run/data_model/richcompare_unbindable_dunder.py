# A comparison dunder that cannot even be fetched (a property raising AttributeError) reads
# as "not implemented" (slot_tp_richcompare clears lookup_maybe_method's error), so == falls
# back to identity; an error raised by calling the method still propagates.
def booh(self):
    raise AttributeError("booh")

class E:
    __eq__ = property(booh)
    __lt__ = property(booh)

e = E()
print(E() == E(), e == e, E() != E())
try:
    E() < E()
except TypeError as exc:
    print("TypeError:", exc)

class A:
    a = property(booh)

try:
    A().a
except AttributeError as exc:
    print("AttributeError:", exc)

class Raises:
    def __eq__(self, other):
        raise AttributeError("from the call")

try:
    Raises() == 1
except AttributeError as exc:
    print("AttributeError:", exc)
