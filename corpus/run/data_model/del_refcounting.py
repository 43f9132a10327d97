# __del__ runs as soon as the last reference goes away (reference counting).
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


r = Res("a")
print("before del")
del r
print("after del")
x = Res("b")
x = Res("c")
print("rebound")


def scope():
    local = Res("local")
    print("leaving scope")


scope()
print("after scope")
items = [Res("i1"), Res("i2")]
items.pop(0)
print("popped")
items.clear()
print("cleared")
d = {"k": Res("dv")}
d["k"] = None
print("replaced in dict")
holder = Res("outer")
holder.child = Res("inner")
del holder
print("outer and inner gone")


class Resurrect:
    saved = []

    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)


Resurrect()
print(len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared saved (no second __del__)")


print("end")
