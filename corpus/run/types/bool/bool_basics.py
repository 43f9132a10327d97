# bool is a subclass of int with exactly two instances.
print(True, False, repr(True), str(False), int(True), float(False))
print(True == 1, False == 0, True is bool(1), bool(2) is True, bool() is False)
print(isinstance(True, int), issubclass(bool, int), type(True).__name__, bool.__bases__)
print(True + True, True * 3, -True, ~True, True / 2, True // 2, True ** 10, True % 2)
print(True & False, True | False, True ^ True, False ^ False, type(True & False).__name__, type(True & 3).__name__)
print(sum([True, True, False, True]), [1, 2, 3][True], "ab"[False])
print(bool(0), bool(1), bool(-1), bool(0.0), bool(1e-300), bool(""), bool(" "), bool([]), bool([[]]))
print(bool(None), bool(NotImplemented) if False else "skip", bool(...), bool(0j), bool(range(0)), bool(range(1)))
print(f"{True}", f"{True:d}", f"{True!r}", f"{True:>6}", format(False, "^7"), "%s %d" % (True, True))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length())
print(max(True, 0.5), min(False, -0.0), sorted([True, False, 1, 0]))
print(hash(True), hash(False), {True: "a", 1: "b"})
print(True.__and__(1), True.__or__(False), bool.__new__(bool, [1]))
print(not True, not False, (not 0) + 1)
