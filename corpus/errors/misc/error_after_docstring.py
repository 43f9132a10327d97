"""Module docstring."""

import os


def f():
    """Doc."""
    return os.path.join(a b)
