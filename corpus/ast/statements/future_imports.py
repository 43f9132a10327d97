"""Docstring may precede __future__ imports."""
from __future__ import annotations
from __future__ import (division, print_function)
import sys
def f(x: Undefined) -> AlsoUndefined:
    return x
