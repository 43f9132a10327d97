# The order in which a list lets go of items, seen through __del__: list_ass_slice (l[a:b] = v,
# del l[a:b]), clear(), l *= 0 and l.__init__() release from the last item; an extended slice
# (del l[::2], l[::-2] = v) releases in slice order; dealloc of a list or tuple from the last.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def section(title):
    print("--", title)


section("dealloc list")
l = [D(1), D(2), D(3)]
del l
section("dealloc tuple")
t = (D(1), D(2), D(3))
del t
section("clear")
l = [D(1), D(2), D(3)]
l.clear()
section("assign empty to full slice")
l = [D(1), D(2), D(3)]
l[:] = []
section("del contiguous slice")
l = [D(1), D(2), D(3), D(4)]
del l[1:3]
section("drop rest")
del l
section("del extended slice, negative step")
l = [D(1), D(2), D(3), D(4)]
del l[::-2]
section("drop rest")
del l
section("assign extended slice")
l = [D(1), D(2), D(3), D(4)]
l[::-2] = [0, 0]
section("drop rest")
del l
section("imul by zero")
l = [D(1), D(2), D(3)]
l *= 0
section("shrink by slice assignment from itself")
l = [D(1), D(2), D(3)]
l[0:3] = l[0:1]
section("same-length replacement")
l = [D(1), D(2), D(3)]
l[0:2] = [D(4), D(5)]
section("tuple source")
l[1:] = (D(6),)
section("__init__ again")
l.__init__([])
section("pop")
l = [D(1), D(2)]
l.pop()
section("end")
