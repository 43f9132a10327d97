class S(str): pass
class L(list): pass
print(S("a") + "b", "a" + S("b"), S("ab") * 2, 2 * S("ab"), L([1]) + [2], [1] + L([2]), L([1]) * 2, 2 * L([1]))
print(type(S("a") + "b"), type(L([1]) + [2]))
l = L([1]); l += [2]; l *= 2; print(l, type(l))
print(list.__add__([1], [2]), list.__mul__([1], 3), list.__rmul__([1], 2), tuple.__add__((1,), (2,)), str.__rmul__("x", 3))
try: "a".__mul__(1.5)
except TypeError as e: print(e)
try: [1].__add__((2,))
except TypeError as e: print(e)
try: S("a") + 1
except TypeError as e: print(e)
print(list.__iadd__([1], (2,)), list.__imul__([1], 2), bytes.__add__(b"a", b"b"), bytearray(b"x").__mul__(2))
