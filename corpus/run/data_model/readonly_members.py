# Attributes CPython defines as READONLY members answer "readonly attribute" to a store; getset
# descriptors without a setter name the attribute and the type.
p = property(lambda s: 1)
for attr in ("fget", "fset", "fdel"):
    try:
        setattr(p, attr, 42)
    except AttributeError as e:
        print(attr, e)
print(repr(property.__dict__['fget']))
def f(): pass
for attr in ("__globals__", "__closure__", "__builtins__"):
    try:
        setattr(f, attr, {})
    except AttributeError as e:
        print(attr, e)
class C:
    def m(self): pass
m = C().m
for attr in ("__self__", "__func__"):
    try:
        setattr(m, attr, 1)
    except AttributeError as e:
        print(attr, e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
sm = staticmethod(f)
try:
    sm.__func__ = 1
except AttributeError as e:
    print(e)
