# In 'a = b = value' the targets are assigned left to right after evaluating the value once.
log = []


class Recorder:
    def __init__(self, name):
        object.__setattr__(self, "name", name)

    def __setitem__(self, k, v):
        log.append(f"{self.name}[{k}] = {v}")

    def __setattr__(self, k, v):
        log.append(f"{self.name}.{k} = {v}")


def value():
    log.append("value evaluated")
    return 7


r1, r2 = Recorder("r1"), Recorder("r2")
r1["a"] = r2.b = r1.c = value()
print(log)
log.clear()
r1["x"], r2["y"] = value(), 8
print(log)
log.clear()
x = [0, 0, 0]
i = x[i] = 1 if False else 2
print(i, x)
a = b = [1, 2]
b.append(3)
print(a)
p, q = q, p = 1, 2
print(p, q)
