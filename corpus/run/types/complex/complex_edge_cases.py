# complex: signed zeros, infinities, parsing, division and power edge cases.
print(complex(0, -0.0), complex(-0.0, 0), -complex(0, 0), 0j * -1, (-0j).real, (-0j).imag)
print(complex("inf+nanj"), complex("-infj"), complex("1e300j") * 1e10, complex(1e308, 1e308) * 10)
print((1 + 1j) ** 0, 0j ** 0, (2 + 0j) ** 2, (1j) ** 3, (1 + 1j) ** -1, (-1 + 0j) ** 0.5)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0j ** 1j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((3 + 4j) / (1 + 2j), (1e300 + 1e300j) / (1e300 + 1e300j), 1 / (1 + 1j))
print(repr(complex(1.5, 2.5)), str(complex(0, 1)), repr(complex(-1, 0)), repr(complex(0.1, 0.2) * 3))
print(abs(complex(3e200, 4e200)), abs(1e-200j), hash(complex(0, 0)), hash(1j) == hash(complex(0, 1.0)))
print(sorted([3 + 0j, 1j, -2], key=abs), complex(2, 3).conjugate() * complex(2, 3))
