# Annotations evaluated at definition time: parameters, returns, variables, class attributes.
import typing


def f(a: int, b: "str" = "x", *args: float, c: list[int] = None, **kw: dict) -> typing.Optional[int]:
    x: int = 1
    return x


class C:
    a: int
    b: str = "b"
    c: typing.List[int] = []

    def m(self, x: "C") -> None:
        pass


counter = 0


def side_effect():
    global counter
    counter += 1
    return int


g: side_effect() = 1


def h(p: side_effect()) -> side_effect():
    pass


print(f.__annotations__, C.__annotations__, C.m.__annotations__, __annotations__, counter, h.__annotations__)
