# Subject evaluated once, names bound by failed cases may leak, match as a soft keyword.
def subject():
    print("  subject evaluated")
    return [1, 2, 3]


match subject():
    case [0, *_]:
        print("no")
    case [1, *rest]:
        print("rest", rest)
match = "match is a soft keyword"
case = "so is case"
print(match, case)
_ = "underscore name"
print(_)
match (1, 2, 3):
    case (a, b, 4):
        print("not matched")
    case _:
        print("partial bindings after failed case may exist:", "a" in dir())
import collections


class Seq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


match Seq(1, 2):
    case [x, y]:
        print("custom Sequence matches:", x, y)
match collections.OrderedDict(a=1):
    case {"a": v}:
        print("Mapping subclass matches:", v)
match 5:
    case x if x > 3:
        print("guard on capture:", x)
match {"k": [1, {"deep": (2, 3)}]}:
    case {"k": [_, {"deep": (_, last)}]}:
        print("deep:", last)
