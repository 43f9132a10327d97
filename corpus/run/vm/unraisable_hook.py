# sys.unraisablehook receives the exceptions that cannot propagate (`__del__`, weakref
# callbacks, generator close) as an UnraisableHookArgs; a failing or uncallable hook is
# reported by the built-in one; None restores the default output.
import gc
import sys
import weakref

print(sys.unraisablehook is sys.__unraisablehook__, type(sys.unraisablehook).__name__)

seen = []


def hook(u):
    seen.append(u)
    obj = getattr(u.object, "__qualname__", type(u.object).__name__)
    print("hook:", type(u).__name__, len(u), u.exc_type.__name__, u.exc_value,
          u.exc_traceback is not None, u.err_msg, obj)


sys.unraisablehook = hook


class A:
    def __del__(self):
        raise ValueError("from __del__")


A()
print("after del")


class T:
    pass


t = T()
r = weakref.ref(t, lambda ref: 1 / 0)
del t
print("after weakref callback")


def gen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")


g = gen()
next(g)
del g
gc.collect()
print("after generator close")

u = seen[0]
print(u[0] is ValueError, u[3] is None, isinstance(u, tuple), type(u).__mro__[1].__name__)
print(type(u).__module__, type(u).__qualname__)
del u
seen.clear()



class Callback:
    """A weakref callback with a stable repr, for the built-in hook's output."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<callback {self.name}>"

    def __call__(self, ref):
        raise LookupError(self.name)


def drop_with_callback(name):
    t = T()
    r = weakref.ref(t, Callback(name))
    del t
    return r


class FailingHook:
    def __repr__(self):
        return "<failing hook>"

    def __call__(self, u):
        raise RuntimeError("hook failed")


sys.unraisablehook = 42
drop_with_callback("bad hook")
print("after bad hook")

sys.unraisablehook = FailingHook()
drop_with_callback("failing hook")
print("after failing hook")

sys.unraisablehook = None
drop_with_callback("None hook")
print("after None hook")

sys.unraisablehook = sys.__unraisablehook__
drop_with_callback("default hook")
print("end")
