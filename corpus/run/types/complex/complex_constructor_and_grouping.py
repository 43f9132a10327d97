# complex(): the object itself for an exact complex, __complex__ asked first for any other
# first argument (a complex or float subclass too), never for the second; CPython's
# argument errors; ',' and '_' grouping in complex formats.
class C0(complex):
    def __complex__(self): return 42j
class F(float):
    def __complex__(self): return 7j
class HasC:
    def __complex__(self): return 5j
class HasF:
    def __float__(self): return 2.5
for args in [(C0(1j),), (F(1.0),), (HasC(),), (HasF(),), (1, HasF()), (1, HasC()), (1, C0(2j)), (C0(1j), 1), (2.0, 3j), (1j, 1j)]:
    try: print(complex(*args))
    except TypeError as e: print("TypeError:", e)
z = 3.14 + 1j
print(complex(z) is z, format(12345.678+1e6j, ',.2f'), format(-1e6+0j, '_'))
for args in [({},), (1, {}), (None,), (1, None), (1, '1')]:
    try:
        print(complex(*args))
    except TypeError as e:
        print('TypeError:', e)
for spec in ['^40,.2f', ',', '_.3e', '>30,g']:
    print(repr(format(1.5e20 + 3j, spec)))
