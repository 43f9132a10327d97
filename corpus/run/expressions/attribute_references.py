# Attribute access on modules, classes, instances and builtins, with getattr defaults.
class A:
    x = 1

    def __init__(self):
        self.y = 2


a = A()
print(a.x, a.y, A.x, (1).real, 1.5.imag, (3 + 4j).real, "abc".upper.__name__)
print(a.__class__.__name__, a.__class__.__class__.__name__, A.__dict__["x"])
print(getattr(a, "y"), getattr(a, "missing", "default"), getattr(A, "x"))
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".apend
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].push
except AttributeError as e:
    print("AttributeError:", e)
import math

try:
    math.tau2
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError:", e)
chain = type("Chain", (), {})()
chain.next = type("Chain", (), {})()
chain.next.value = "deep"
print(chain.next.value)
print(1 .__add__(2), 1.0.__add__(2))
