# object(): the root of the hierarchy, its methods and restrictions.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o), object.__bases__, object.__mro__)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(o, "__dict__"), str(o).startswith("<object object at 0x"), repr(o) == str(o), o.__class__ is object)
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1), object.__lt__(o, o))
print(o.__reduce_ex__(2)[0].__name__ if hasattr(o, "__reduce_ex__") else "", object.__sizeof__ is not None)
print(object.__init_subclass__() is None, object.__subclasshook__(int), type(object.__new__(object)).__name__)
print(object.__format__(o, "") == str(o))
try:
    object.__format__(o, "x")
except TypeError as e:
    print("TypeError:", e)
