# Objects in a reference cycle are finalised only when the cycle collector runs.
import gc

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("  __del__", self.name, "other is", self.other.name if self.other else None)


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("cycle dropped, nothing finalised yet")
gc.collect()
print("after collect")
self_ref = Node("self")
self_ref.other = self_ref
del self_ref
print("self cycle dropped")
gc.collect()
print("after second collect")
ring = [Node(f"r{i}") for i in range(3)]
for i in range(3):
    ring[i].other = ring[(i + 1) % 3]
del ring
gc.collect()
print("ring collected")
lst = []
lst.append(lst)
del lst
gc.collect()
print("list cycle collected")
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
