# Reference cycles that pass through tuples are found by the cycle collector (their finalizers
# run and the memory goes), and which tuples the collector tracks: a tuple holding a tracked
# container is tracked, one holding only atoms is not once a collection has looked at it.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def list_tuple_cycle():
    a = [Noisy("in list")]
    t = (a, 1)
    a.append(t)


def dict_tuple_cycle():
    d = {}
    d["t"] = (d, Noisy("in tuple"))


def instance_tuple_cycle():
    n = Noisy("instance")
    n.pair = (n, "x")


def nested_tuples():
    box = []
    box.append(((box, Noisy("nested")),))


gc.collect()
for make in (list_tuple_cycle, dict_tuple_cycle, instance_tuple_cycle, nested_tuples):
    make()
    print(make.__name__, "collected:", gc.collect() > 0)

gc.collect()
print(gc.is_tracked((1, [])), gc.is_tracked((1, "a", None)), gc.is_tracked(()))
print(gc.is_tracked(tuple([[]])), gc.is_tracked(((1, 2), 3)))
pair = (Noisy("kept"), 2)
print(gc.is_tracked(pair))
del pair
print("end")
