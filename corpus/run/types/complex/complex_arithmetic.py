# complex numbers: construction, arithmetic, attributes and repr.
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(z), z.conjugate())
print(z.real, z.imag, type(z.real).__name__, z == complex(3, 4), z != w)
print(z ** 2, z ** 0.5, (1j) ** 1j, 2 ** (1j), z ** -1, pow(z, 2))
print(complex(), complex(2), complex(2.5), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e3j"))
print(complex(1j, 1j), complex(real=1, imag=2), complex(True, False))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(complex(1, -0.0)))
print(repr(complex(float("inf"), float("nan"))), repr(1e300j * 1e10), repr(complex(1e20, 1e-20)))
print(hash(1 + 0j) == hash(1), hash(2j), hash(complex(1, 1)))
for bad in ["1+2", "1 + 2j", "j1", "", "1+2jj"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    int(z)
except TypeError as e:
    print("TypeError:", e)
try:
    z % 2
except TypeError as e:
    print("TypeError:", e)
print(format(z, ""), format(z, ".2f"), format(z, "^20"), format(w, "+.1e"), f"{1.5 - 2.25j:g}", "%s" % z)
print(z == 3 + 4.0j, (1 + 0j) == 1.0, 0j == 0, bool(0j), bool(1e-300j))


class C:
    def __complex__(self):
        return 5j


print(complex(C()), complex(1.5), sum([1j, 2, 3.5]))
