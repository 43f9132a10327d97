# RecursionError from a __repr__ that reaches itself again (no container recursion guard in between).
import sys

sys.setrecursionlimit(50)


class Box:
    def __init__(self):
        self.items = []

    def __repr__(self):
        return "Box(" + ", ".join(repr(item) for item in self.items) + ")"


b = Box()
b.items.append(1)
print(b)
b.items.append(b)
print(len(b.items))
print(b)
