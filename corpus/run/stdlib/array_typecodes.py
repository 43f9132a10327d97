from array import array, typecodes, ArrayType

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(typecodes, ArrayType is array)
for c in typecodes:
    a = array(c, "hello" if c == "u" else [1, 2, 3, 4])
    print(repr(a), a.typecode, a.itemsize, len(a), a.tolist(), a.tobytes().hex())
    b = array(c, a.tobytes())
    print(b == a, b[1], b[-1], b[1:3], b[::-1], b[::2], list(b))
    b.byteswap()
    print(b.tobytes().hex())
for c in "bBhHiIlLqQ":
    t(lambda: array(c, [2**70]))
    t(lambda: array(c, [-2**70]))
    t(lambda: array(c, [256 if c in "bB" else 2**16 if c in "hH" else 2**32 if c in "iI" else 2**64]))
    t(lambda: array(c, [-1]) if c.isupper() else
      array(c, [-129 if c == "b" else -2**15 - 1 if c == "h" else -2**31 - 1 if c == "i" else -2**63 - 1]))
    lo, hi = {"b": (-128, 127), "B": (0, 255), "h": (-2**15, 2**15 - 1), "H": (0, 2**16 - 1),
              "i": (-2**31, 2**31 - 1), "I": (0, 2**32 - 1), "l": (-2**63, 2**63 - 1),
              "L": (0, 2**64 - 1), "q": (-2**63, 2**63 - 1), "Q": (0, 2**64 - 1)}[c]
    print(array(c, [lo, hi]))
t(lambda: array("b", ["x"]))
t(lambda: array("b", [1.5]))
t(lambda: array("f", ["x"]))
t(lambda: array("u", [1]))
t(lambda: array("u", ["ab"]))
t(lambda: array("z"))
t(lambda: array("bb"))
t(lambda: array(b"b"))
t(lambda: array("b", "abc"))
t(lambda: array("b", b"\x01\xff"))
t(lambda: array("h", b"\x01"))
t(lambda: array("b", [1], 3))
t(lambda: array(typecode="b"))
t(lambda: array("b", iter([1, 2])))
t(lambda: array("B", array("b", [-1])))
t(lambda: array("d", array("b", [1])))
t(lambda: array("b", array("d", [1])))
t(lambda: array("b", array("u", "x")))
print(array("f", [0.1, 1e40, -2.5]), array("d", [0.1, float("inf")]))
