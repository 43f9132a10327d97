# Every control construct evaluates truthiness through __bool__/__len__ exactly once per test.
calls = []


class T:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        calls.append(self.v)
        return bool(self.v)


if T(1):
    pass
while T(0):
    pass
x = "a" if T(2) else "b"
y = T(0) or T(3)
z = T(4) and T(0)
w = not T(5)
print([i for i in range(1) if T(6)], x, w)
assert T(7)
print(calls)
calls.clear()
print(bool(T(8)), calls)
calls.clear()
print(any([T(0), T(9), T(10)]), all([T(11), T(0), T(12)]), calls)
