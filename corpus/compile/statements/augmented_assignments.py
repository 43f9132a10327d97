# Augmented assignment to names, attributes and subscripts with every operator.
class Obj:
    pass


o = Obj()
o.v = 10
d = {"k": 10}
x = 10
x += 1
x -= 2
x *= 3
x /= 2
x //= 2
x %= 7
x **= 2
x = int(x)
x <<= 2
x >>= 1
x &= 0xFF
x |= 0x100
x ^= 0x0F
o.v += 5
o.v *= 2
d["k"] -= 3
d["k"] **= 2
m = [[1, 2], [3, 4]]
m[1][0] //= 2
m[0][1] += m[1][1]
s = "a"
s *= 3
print(x, o.v, d, m, s)
