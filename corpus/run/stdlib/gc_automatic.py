# Automatic cycle collection: cyclic garbage is collected without gc.collect(), by
# generation, and gc.get_count/get_stats/callbacks/is_tracked report it.
import gc

class Node:
    def __init__(self, i):
        self.i = i
        self.other = None

freed = []

class Tracked:
    def __del__(self):
        freed.append(1)

def make_cycles(n):
    for i in range(n):
        a = Node(i)
        b = Node(i)
        a.other = b
        b.other = a
        a.t = Tracked()

gc.collect()
assert gc.isenabled()
print("threshold", gc.get_threshold())
make_cycles(5000)
# Cycles were collected along the way, long before the end.
print("freed during the loop", len(freed) > 4000)
before = gc.get_stats()
print("generation 0 collections ran", before[0]["collections"] > 0)

# Disabled: nothing is collected until asked.
gc.collect()
freed.clear()
gc.disable()
make_cycles(3000)
print("freed while disabled", len(freed))
print("collected on request", gc.collect() >= 6000, len(freed))
gc.enable()

# The count rises with tracked allocations and falls with their release.
gc.collect()
c0 = gc.get_count()[0]
keep = [[] for _ in range(100)]
c1 = gc.get_count()[0]
print("count rose", c1 - c0 >= 100)
del keep
print("count fell", gc.get_count()[0] < c1)

# Instances are tracked, ints and strings are not.
print(gc.is_tracked(Node(1)), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]))

# Callbacks see automatic collections too.
phases = []
def cb(phase, info):
    phases.append((phase, info["generation"]))
gc.callbacks.append(cb)
make_cycles(2000)
gc.callbacks.remove(cb)
print("callbacks ran", len(phases) > 0, phases[0])
print("start/stop paired", phases[0::2] == [("start", g) for _, g in phases[0::2]])

# A lowered threshold collects sooner; 0 turns automatic collection off.
gc.collect()
gc.set_threshold(0)
freed.clear()
make_cycles(1000)
print("threshold 0 frees", len(freed))
gc.set_threshold(700, 10, 10)
gc.collect()
print("then", len(freed))

# An instance dict held elsewhere keeps its items reachable.
d = None
def keep_dict():
    global d
    n = Node(0)
    n.payload = [1, 2, 3]
    n.other = n
    d = n.__dict__
keep_dict()
gc.collect()
print("kept dict", d["payload"], d["other"].i)
