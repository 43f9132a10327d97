# Many reference cycles with __del__: all are finalised by the collector, in a reproducible order.
import gc

gc.disable()
finalised = []


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __del__(self):
        finalised.append(self.name)


def make_ring(prefix, size):
    nodes = [Node(f"{prefix}{i}") for i in range(size)]
    for i, node in enumerate(nodes):
        node.links.append(nodes[(i + 1) % size])


for r in range(3):
    make_ring(f"ring{r}-", 4)
print("before collect:", finalised)
gc.collect()
print("after collect:", len(finalised), sorted(finalised))
finalised.clear()
a = Node("a")
b = Node("b")
a.links.append(b)
b.links.append(a)
a.links.append(a)
keep = b
del a, b
gc.collect()
print("reachable cycle survives:", finalised)
del keep
gc.collect()
print("now collected:", sorted(finalised))
finalised.clear()
for i in range(1000):
    n = Node(f"self{i}")
    n.links.append(n)
del n
gc.collect()
print(len(finalised), finalised[:3], finalised[-1])
gc.enable()
