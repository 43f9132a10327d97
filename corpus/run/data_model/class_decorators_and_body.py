# The class body runs top to bottom as ordinary code; decorators see the finished class.
print("before class")


def register(cls):
    print("  decorating", cls.__name__, "with", sorted(k for k in vars(cls) if not k.startswith("__")))
    cls.registered = True
    return cls


def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls


@register
@add_repr
class Item:
    print("  class body start")
    kind = "item"
    for i in range(3):
        print("  loop in class body", i)
    squares = [j * j for j in range(4)]
    if kind == "item":
        extra = "conditional attribute"
    del i

    def __init__(self, name):
        self.name = name

    print("  class body end")


print("after class")
print(Item("x"), Item.registered, Item.squares, Item.extra, hasattr(Item, "i"))


def replace(cls):
    return "replaced"


@replace
class Gone:
    pass


print(Gone)
