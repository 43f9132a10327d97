# copy.copy/deepcopy and pprint formatting of nested structures.
import copy
import pprint

orig = {"list": [1, [2, 3]], "tuple": (4, [5]), "n": 1}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append("x")
orig["tuple"][1].append("y")
print(shallow, deep, shallow["list"] is orig["list"], deep["list"] is orig["list"])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[1] is cyc)


class Custom:
    def __init__(self):
        self.data = [1, 2]

    def __deepcopy__(self, memo):
        c = Custom()
        c.data = ["deep-copied"]
        return c


print(copy.deepcopy(Custom()).data, copy.copy(Custom()).data)
big = {"key%d" % i: list(range(i)) for i in range(8)}
pprint.pprint(big, width=60)
pprint.pprint([{"a": 1, "b": {"c": [1, 2, 3], "d": "x" * 40}}] * 2, width=50)
print(pprint.pformat({"z": 1, "a": 2}), pprint.pformat({"z": 1, "a": 2}, sort_dicts=False))
