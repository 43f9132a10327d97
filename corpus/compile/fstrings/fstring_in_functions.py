# f-strings that reference locals, cells, globals and attributes inside functions and classes.
G = "global"


def fmt(a, b=2):
    c = a * b

    def inner():
        return f"{a}-{c}-{G}"

    return f"{a:>3}|{b!r}|{c:x}|{inner()}|{fmt.__name__}"


class K:
    label = "k"

    def show(self):
        return f"{self.label!s:*^9}{type(self).__name__}"


print(fmt(10), K().show())
