from __future__ import annotations

# Under PEP 563 annotations are strings and are not evaluated, so they may name anything.


def f(a: UndefinedType, b: list[NotDefined] = None) -> Missing | None:
    return a


class C:
    attr: SomethingElse
    other: int = 3

    def m(self, x: C) -> C:
        return self


print(f(1), f.__annotations__, C.__annotations__, C.m.__annotations__)
