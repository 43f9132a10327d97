# operator module functions and itemgetter/attrgetter/methodcaller.
import operator as op

print(op.add(1, 2), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(4), op.not_(0))
print(op.lt(1, 2), op.eq([1], [1]), op.is_(None, None), op.contains("abc", "b"), op.getitem([1, 2], 1), op.index(5), op.truth([]))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=op.itemgetter(1, 0)), op.itemgetter(0, -1)("xyz"))


class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

    def greet(self, punct):
        return "hi " + self.name + punct


print(op.attrgetter("name")(P("a")), op.attrgetter("inner.name")(P("a", P("b"))), op.methodcaller("greet", "!")(P("c")))
x = [1]
print(op.iadd(x, [2]), x, op.concat("a", "b"), op.length_hint(iter([1, 2, 3])), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(list(map(op.sub, [10, 20], [1, 2])), op.xor(6, 3), op.invert(0), op.lshift(1, 4))
