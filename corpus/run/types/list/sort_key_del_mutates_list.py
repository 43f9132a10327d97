# A sort key's __del__ runs when the keys are released, before the list is checked: one that
# changes the list makes sort() raise 'list modified during sort', as in CPython.
data = list(range(10))
class SortKiller:
    def __init__(self, x):
        pass
    def __del__(self):
        del data[:]
        data[:] = range(20)
    def __lt__(self, other):
        return id(self) < id(other)
try:
    data.sort(key=SortKiller)
except ValueError as e:
    print("ValueError:", e, len(data))
log = []
class Noisy:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __del__(self): log.append(self.v)
items = [3, 1, 2]
items.sort(key=Noisy)
print(items, sorted(log))
