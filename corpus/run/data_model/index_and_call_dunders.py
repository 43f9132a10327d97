# __index__ is used wherever an integer is required; __call__ makes instances callable.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print(f"  __index__ -> {self.v}")
        return self.v


seq = list(range(10))
print(seq[Idx(3)])
print(seq[Idx(1):Idx(7):Idx(2)])
print("ab" * Idx(2))
print(range(Idx(4)))
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print(int.__index__(7), operator_free := Idx(3).__index__())


class NotIdx:
    pass


for expr in ["[1][NotIdx()]", "'a' * NotIdx()", "range(NotIdx())", "hex(1.5)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)


class BadIdx:
    def __index__(self):
        return "x"


try:
    [1][BadIdx()]
except TypeError as e:
    print("TypeError:", e)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Idx(1)))
print(list(map(add5, [1, 2, 3])))
try:
    Idx(1)()
except TypeError as e:
    print("TypeError:", e)
try:
    add5()
except TypeError as e:
    print("TypeError:", e)
