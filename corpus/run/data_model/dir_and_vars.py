# __dir__, vars() and __dict__ of instances and classes.
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Custom()))


class Normal:
    cls_attr = 1

    def __init__(self):
        self.inst = 2

    def meth(self):
        pass


n = Normal()
print([x for x in dir(n) if not x.startswith("__")])
print(vars(n))
vars(n)["extra"] = 3
print(n.extra)
print(sorted(k for k in vars(Normal) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)


class BadDir:
    def __dir__(self):
        return 5


try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)


class TupleDir:
    def __dir__(self):
        return ("b", "a", "b")


print(dir(TupleDir()))
print("append" in dir([]), "__add__" in dir(1), "real" in dir(1))
print([x for x in dir(Normal) if not x.startswith("_")])
