# When the objects a call takes off the value stack die: arguments of Python functions (exact
# positional calls, defaults, bound methods), of built-in functions with one or two arguments,
# of built-in methods called on their exact type, and of the general call path (keywords,
# starred arguments); the callable itself when it is a temporary. Each finalizer prints, so the
# order of the lines is the order of the deaths.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __len__(self):
        return len(self.name)

    def __eq__(self, other):
        return isinstance(other, Noisy) and other.name == self.name

    __hash__ = object.__hash__


def keep_none(a, b):
    print("  in keep_none", a.name, b.name)


def with_default(a, b=None):
    print("  in with_default", a.name, b)
    return a.name


class Holder:
    def method(self, x):
        print("  in method", x.name)

    @staticmethod
    def static(x):
        print("  in static", x.name)


print("python function, two temporaries")
keep_none(Noisy("p1"), Noisy("p2"))
print("after")

print("default filled in")
r = with_default(Noisy("d1"))
print("after", r)

print("bound method via LOAD_METHOD")
Holder().method(Noisy("m1"))
print("after")

print("bound method object called")
bm = Holder().method
bm(Noisy("m2"))
del bm
print("after")

print("static method")
Holder.static(Noisy("s1"))
print("after")

print("len of a temporary")
print(" ", len(Noisy("len-arg")))
print("after")

print("isinstance with two arguments")
print(" ", isinstance(Noisy("inst"), Noisy))
print("after")

print("built-in method on its exact type")
items = []
items.append(Noisy("appended"))
print("  appended; count of a temporary:", items.count(Noisy("counted")))
items.clear()
print("after")

print("keywords and stars take the general path")
keep_none(b=Noisy("kw-b"), a=Noisy("kw-a"))
keep_none(*[Noisy("star1"), Noisy("star2")])
print("after")

print("a temporary callable")


def make():
    n = Noisy("closure-cell")

    def inner(x):
        print("  in inner", n.name, x.name)

    return inner


make()(Noisy("inner-arg"))
print("after")

print("an argument that raises inside the callee")


def fails(x):
    raise ValueError(x.name)


try:
    fails(Noisy("raised-arg"))
except ValueError as e:
    print("  caught", e)
print("after")
