# Augmented assignment uses __iadd__ etc. when defined, else falls back to __add__.
class Acc:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Acc({self.v})"

    def __iadd__(self, o):
        print("  __iadd__")
        self.v += o
        return self

    def __add__(self, o):
        print("  __add__")
        return Acc(self.v + o)

    def __isub__(self, o):
        print("  __isub__ returns NotImplemented")
        return NotImplemented

    def __sub__(self, o):
        print("  __sub__")
        return Acc(self.v - o)

    def __imul__(self, o):
        return "replaced by imul"


a = Acc(1)
alias = a
a += 5
print(a, alias, a is alias)
a -= 2
print(a, alias, a is alias)
b = Acc(3)
b *= 2
print(b)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
lst = [1]
same = lst
lst += [2]
print(lst, same, lst is same)
t = (1,)
tt = t
t += (2,)
print(t, tt, t is tt)
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    n = 12
    exec(f"n {op} 3")
    print(op, end=" ")
print()
n = 12
n //= 5
print(n)
n **= 3
print(n)
n >>= 1
print(n)
n ^= 0b101
print(n)
