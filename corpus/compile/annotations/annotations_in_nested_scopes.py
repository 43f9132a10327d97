# Annotations inside nested functions and classes refer to names from enclosing scopes.
def outer():
    T = int

    def inner(x: T) -> T:
        y: T = x
        return y

    class Local:
        attr: T = 5

    return inner.__annotations__, Local.__annotations__


print(outer())


class Outer:
    Alias = str

    def method(self, v: Alias) -> "Outer":
        return self

    class Inner:
        field: "Outer.Alias"


print(Outer.method.__annotations__, Outer.Inner.__annotations__)
