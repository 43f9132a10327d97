# getattr, setattr, hasattr and delattr, including defaults, properties and errors.
class C:
    cls_attr = "class"

    def __init__(self):
        self.x = 1

    @property
    def broken(self):
        raise ValueError("property failed")

    @property
    def missing_inside(self):
        return self.nope


c = C()
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "nope", "default"), getattr(C, "x", None))
setattr(c, "y", 2)
setattr(c, "with space", 3)
print(c.y, getattr(c, "with space"), sorted(vars(c)))
print(hasattr(c, "x"), hasattr(c, "nope"), hasattr(c, "missing_inside"), hasattr(C, "cls_attr"))
try:
    hasattr(c, "broken")
except ValueError as e:
    print("ValueError propagates from hasattr:", e)
try:
    getattr(c, "broken", "default not used")
except ValueError as e:
    print("ValueError propagates from getattr:", e)
print(getattr(c, "missing_inside", "default used for AttributeError"))
delattr(c, "y")
print(hasattr(c, "y"))
for call in ["getattr(c)", "getattr(c, 1)", "getattr(c, 'nope')", "setattr(c, 1, 2)", "delattr(c, 'nope')",
             "setattr(1, 'x', 2)", "delattr(C, 'nope')", "setattr(c, 'x')", "hasattr(c, None)"]:
    try:
        eval(call)
        print(call, "ok")
    except (TypeError, AttributeError) as e:
        print(call, type(e).__name__ + ":", e)
print(getattr(1, "real"), getattr("s", "upper")(), getattr([], "__len__")())
