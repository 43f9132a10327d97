# An AttributeError raised by a Python __getattr__/__getattribute__ without name/obj gets them
# from the failed lookup, so the traceback offers "Did you mean" suggestions; one that already
# has them keeps its own.
import sys


class Bare:
    blech = 1

    def __getattr__(self, attr):
        raise AttributeError()


class Named:
    blech = 1

    def __getattr__(self, attr):
        raise AttributeError("custom", name="other", obj=42)


class Hook:
    blech = 1

    def __getattribute__(self, attr):
        raise AttributeError(attr)


sys.stderr = sys.stdout
for cls in (Bare, Named, Hook):
    obj = cls()
    try:
        obj.bluch
    except AttributeError as e:
        print(cls.__name__, repr(e.name), e.obj is obj, e.obj if type(e.obj) is int else None)
        t, v, _ = sys.exc_info()
        sys.__excepthook__(t, v, None)
    print(cls.__name__, getattr(obj, "bluch", "default"), hasattr(obj, "bluch"))


class Dictless:
    __slots__ = ()


print(dir(Hook()))
print([n for n in dir(Dictless()) if not n.startswith("__")], "__dict__" in dir(Dictless()))
