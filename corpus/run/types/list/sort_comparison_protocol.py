# Sorting uses only __lt__; the order of comparisons and key calls is observable.
calls = []


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"I{self.v}"


items = [Item(v) for v in [3, 1, 2]]
print(sorted(items))
print(calls)
calls.clear()
print(sorted([Item(v) for v in [1, 2, 3, 4]]), len(calls))
key_calls = []


def key(x):
    key_calls.append(x)
    return -x


print(sorted([5, 2, 8], key=key), key_calls)


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"G{self.v}"


print(sorted([OnlyGt(2), OnlyGt(1)]))


class Boom:
    def __lt__(self, other):
        raise ValueError("cannot compare")


lst = [Boom(), Boom()]
try:
    lst.sort()
except ValueError as e:
    print("ValueError:", e, len(lst))
data = [3, 1, 2]
try:
    data.sort(key=lambda x: (data.append(x), x)[1])
except ValueError as e:
    print("ValueError:", e)
print(data)
