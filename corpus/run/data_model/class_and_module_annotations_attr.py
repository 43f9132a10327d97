# cls.__annotations__ is the class's own dict, never inherited: a class without annotations
# gets an empty one stored at first read; it can be replaced and deleted. Built-in types
# have none. A module's __annotations__ works the same way.
import types

class Base:
    attr: int

class Derived(Base):
    pass

class Plain:
    pass

print(Base.__annotations__, Derived.__annotations__, Plain.__annotations__)
print("__annotations__" in Plain.__dict__, Plain.__annotations__ is Plain.__annotations__)
Plain.__annotations__ = {"x": str}
print(Plain.__annotations__)
del Plain.__annotations__
print("__annotations__" in Plain.__dict__, Plain.__annotations__)
del Plain.__annotations__
try:
    del Plain.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
for t in (int, object):
    try:
        t.__annotations__
    except AttributeError as e:
        print("AttributeError:", e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    y: float = 1.0

print(WithMeta.__annotations__, WithMeta.y)

m = types.ModuleType("m")
print(m.__annotations__, "__annotations__" in m.__dict__)
m.__annotations__ = {"z": bytes}
print(m.__annotations__)
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
print(m.__annotations__)
