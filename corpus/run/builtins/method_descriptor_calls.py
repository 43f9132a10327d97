# Built-in methods called through LOAD_METHOD/CALL on objects of exactly their type, on
# subclasses, unbound through the type, and with wrong arguments: same results and messages.
l = []
l.append(1)
l.extend([2, 3])
print(l, l.pop(), l.index(2), l.count(1), "a,b".split(","), {1: 2}.get(1), {1: 2}.get(3, "d"))


class L(list):
    def append(self, x):
        super().append(x * 10)


m = L()
m.append(1)
list.append(m, 2)
print(m)
for call in (
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: [].append(x=1),
    lambda: list.append(1, 2),
    lambda: list.append(),
    lambda: "abc".startswith(),
    lambda: {}.get(),
    lambda: set().add([]),
    lambda: [].pop(),
    lambda: "x".join([1]),
):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
s = set()
for i in range(5):
    s.add(i % 3)
print(sorted(s), "-".join(str(i) for i in s), b"ab".hex(), bytearray(b"x").decode())
