# Expressions mixing built-in operators with user types that implement only some of them.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __contains__(self, x):
        print(f"  __contains__({x!r})")
        return x in self.items

    def __iter__(self):
        print("  __iter__")
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


b = Bag(1, 2, 3)
print(2 in b, 5 not in b)
print(sorted(b), list(reversed(b)), max(b), sum(b))
x, y, z = b
print(x, y, z, [*b], {*b})


class IterOnly:
    def __iter__(self):
        yield from "xyz"


print("y" in IterOnly(), "q" in IterOnly(), list(enumerate(IterOnly())))


class ContainsReturnsNonBool:
    def __contains__(self, x):
        return "truthy string"


print(1 in ContainsReturnsNonBool(), 1 not in ContainsReturnsNonBool())
