# callable() for functions, classes, instances with and without __call__.
class WithCall:
    def __call__(self):
        return "called"


class Without:
    pass


def f():
    pass


for obj in [f, lambda: 0, len, [].append, WithCall, WithCall(), Without, Without(), 5, "s", None, type, object(),
            classmethod(f), staticmethod(f), print, int.__add__, (1).__add__]:
    print(type(obj).__name__, callable(obj))
w = Without()
w.__call__ = lambda: "instance attr does not count"
print(callable(w))
Without.__call__ = lambda self: "now callable"
print(callable(w), w())
