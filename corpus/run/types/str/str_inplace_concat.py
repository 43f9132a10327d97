# `s += t` on a local may grow the string in place when nothing else refers to it; every
# other reference (another name, a container, a dict key, a closure, the right operand
# itself) must still see the old value, and hash, len, indexing and non-ASCII state follow.
def build(n):
    s = ""
    for i in range(n):
        s += "x"
        s += "é" if i % 50 == 0 else "ab"
    return s


s = build(500)
print(len(s), s.count("é"), s[148:155], s[-5:], hash(s) == hash("".join(list(s))))


def aliases():
    a = "ab" * 3
    b = a
    a += "!"
    print(a, b)
    c = "cd" * 2
    c += c
    print(c)
    d = "ef" * 2
    box = [d]
    d += "?"
    print(d, box)
    k = "gh" * 2
    table = {k: 1}
    k += "."
    print(k, table, table.get("ghgh"))
    h = "ij" * 2
    before = hash(h)
    h += "ü"
    print(h, hash(h) == hash("ijijü"), before == hash("ijij"), len(h), h[4])
    t = "kl" * 2

    def peek():
        return t

    t += "+"
    print(t, peek())
    for _ in range(3):
        u = "mn" * 2
        u += str(len(u))
        print(u)


aliases()


class S(str):
    pass


def subclass():
    x = S("ab")
    x += "c"
    y = "ab" * 1
    y += S("d")
    print(type(x).__name__, x, type(y).__name__, y)


subclass()
g = "glob" * 2
g += "al"
print(g)
