# Finalisation order when locals go out of scope, when containers die, and when names are rebound.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def scope():
    a = Tracked("a")
    b = Tracked("b")
    c = Tracked("c")
    print("  leaving scope")


scope()
print("container:")
lst = [Tracked("l0"), Tracked("l1"), Tracked("l2")]
del lst
print("dict:")
d = {"x": Tracked("dx"), "y": Tracked("dy")}
d = None
print("tuple:")
t = (Tracked("t0"), Tracked("t1"))
del t
print("rebinding in a loop:")
for i in range(3):
    obj = Tracked(f"loop{i}")
del obj
print("exception holding a frame:")


def raiser():
    local = Tracked("frame-local")
    raise ValueError


try:
    raiser()
except ValueError:
    print("  in handler")
print("after handler")
