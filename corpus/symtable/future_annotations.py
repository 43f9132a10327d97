"""Annotations under PEP 563 are never evaluated: their names stay out of the tables."""
from __future__ import annotations

x: SomeType = 1
y: list[Unknown]


def f(a: A, *args: B, k: C = None, **kw: D) -> R:
    local: Local = 2
    return local


class C:
    attr: Attr
    other: (lambda: 1) = 2

    def m(self) -> C:
        z: Z
        return self
