from __future__ import annotations

import typing

# With postponed evaluation every annotation becomes its source string.


def f(a: int, b: list[dict[str, int]] = None, *args: float, c: typing.Optional[str] = None, **kw: "quoted") -> None | int:
    x: UndefinedName = 1
    return x


class C:
    a: int
    b: Undefined[Thing] = 3
    c: lambda: 1 if False else 2

    def m(self, other: C, *, flag: bool = True) -> C:
        return self


v: (1 + 2) * 3 = 9
w: f"{1}" if False else str = "w"
print(f.__annotations__)
print(C.__annotations__, C.m.__annotations__)
print(__annotations__)
