# del obj.__dict__ leaves an empty dict made on next use; deleting an unset __abstractmethods__
# is an AttributeError; built-in read-only members are member_descriptors.
class A:
    pass
a = A()
a.x = 1
del a.__dict__
print(a.__dict__, hasattr(a, 'x'))
a.y = 2
print(a.__dict__, a.y)
del a.__dict__
try:
    a.y
except AttributeError as e:
    print(e)
a.__dict__ = {'z': 3}
print(a.z, vars(a))
class X(object):
    pass
try:
    del X.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
for d in [str.lower, complex.real, float.real, int.__add__, property.fget, type(lambda: 0).__globals__]:
    print(type(d).__name__, d.__qualname__)
c = 1 + 2j
try:
    c.real = 5
except AttributeError as e:
    print("AttributeError", e)
import functools
p = functools.partial(print, 1)
for target in (p, classmethod(len)):
    try:
        del target.__dict__
    except TypeError as e:
        print(type(target).__name__, "TypeError", e)
class Sub(functools.partial):
    pass
s = Sub(print)
try:
    del s.__dict__
except TypeError as e:
    print("Sub TypeError", e)
