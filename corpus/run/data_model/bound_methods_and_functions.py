# Functions are descriptors producing bound methods; attributes of function objects.
def greet(self, greeting="hi", *, punct="!"):
    "Say something."
    return f"{greeting} {self.name}{punct}"


class P:
    name = "pat"
    greet = greet


p = P()
m = p.greet
print(m(), m("yo", punct="?"))
print(m.__func__ is greet, m.__self__ is p, m.__name__, m.__qualname__, m.__doc__)
print(p.greet == p.greet, p.greet is p.greet)
print(greet.__name__, greet.__defaults__, greet.__kwdefaults__, greet.__code__.co_argcount)
print(greet.__code__.co_kwonlyargcount, greet.__code__.co_varnames)
greet.custom = "attached"
print(greet.custom, greet.__dict__)


def annotated(a: int, b: "str" = "x") -> list:
    pass


print(annotated.__annotations__)
print(greet.__module__, type(greet).__name__, type(m).__name__, type(len).__name__)
print(type([].append).__name__, [].append.__self__, len.__self__.__name__ if hasattr(len.__self__, "__name__") else None)
f = P.greet
print(f is greet)
um = [].append
lst = [1]
add = lst.append
add(2)
add(3)
print(lst)
print(str.upper("abc"), "abc".upper(), list.__len__([1, 2]))


def counter():
    counter.calls += 1
    return counter.calls


counter.calls = 0
counter()
counter()
print(counter.calls)


def defaults(a, b=[]):
    b.append(a)
    return b


print(defaults(1), defaults(2), defaults(3, []))
greet.__defaults__ = ("hello",)
print(p.greet())
