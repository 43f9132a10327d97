# The singletons None, Ellipsis and NotImplemented.
print(None, repr(None), str(None), type(None).__name__, type(None)() is None, None is None)
print(..., Ellipsis, repr(...), type(...).__name__, type(...)() is ..., ... is Ellipsis)
print(NotImplemented, type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(bool(None), bool(...), None == None, None != 0, None == False, [None].count(None))
try:
    None < None
except TypeError as e:
    print("TypeError:", e)
nothing = None
try:
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    None.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in None:
        pass
except TypeError as e:
    print("TypeError:", e)
print(f"{None}", f"{None!r}", format(None, ""), "%s" % None, "{}".format(...))
try:
    format(None, "5")
except TypeError as e:
    print("TypeError:", e)


def returns_nothing():
    pass


print(returns_nothing() is None, print() is None)
d = {None: "none-key", ...: "ellipsis-key"}
print(d[None], d[...])
print(sorted([3, 1, 2], key=lambda x: (x is None, x)))
