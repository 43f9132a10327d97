# Cell objects: shared between closures, inspected, and created empty.
def make_pair():
    value = 0

    def get():
        return value

    def put(v):
        nonlocal value
        value = v

    return get, put


get, put = make_pair()
put(42)
print(get(), get.__closure__[0] is put.__closure__[0], get.__closure__[0].cell_contents)
cell = get.__closure__[0]
cell.cell_contents = "changed through cell"
print(get())
import types

c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print("ValueError:", e)
c.cell_contents = 5
print(c.cell_contents, types.CellType(7).cell_contents)


def counter_factory():
    counts = {}

    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count


cnt = counter_factory()
print([cnt(k) for k in "abacaba"], cnt.__code__.co_freevars)
