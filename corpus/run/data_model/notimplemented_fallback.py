# NotImplemented from both sides ends in TypeError; from one side, the other side is tried.
log = []


class A:
    def __add__(self, other):
        log.append("A.__add__")
        return NotImplemented

    def __radd__(self, other):
        log.append("A.__radd__")
        return NotImplemented

    def __lt__(self, other):
        log.append("A.__lt__")
        return NotImplemented

    def __eq__(self, other):
        log.append("A.__eq__")
        return NotImplemented


class B:
    def __radd__(self, other):
        log.append("B.__radd__")
        return "B handled"

    def __gt__(self, other):
        log.append("B.__gt__")
        return True

    def __eq__(self, other):
        log.append("B.__eq__")
        return NotImplemented


print(A() + B())
print(log)
log.clear()
try:
    A() + A()
except TypeError as e:
    print("TypeError:", e)
print(log)
log.clear()
print(A() < B())
print(log)
log.clear()
try:
    A() < A()
except TypeError as e:
    print("TypeError:", e)
print(log)
log.clear()
# == falls back to identity when both sides return NotImplemented
a = A()
print(a == a, A() == B())
print(log)
log.clear()
print(a != a)
print(log)
print(bool(NotImplemented) if False else "skip bool(NotImplemented)")
print(repr(NotImplemented), type(NotImplemented).__name__)
