# abs() and round() across numeric types, with __abs__ and __round__ hooks.
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(3 + 4j), abs(True), abs(-(10 ** 30)), abs(float("-inf")))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(10 ** 20 + 0.5), round(12345, -2), round(True))
print(round(1.23456, 3), round(-1.5), round(0.5), round(1.5), type(round(1.5)).__name__, type(round(1.5, 0)).__name__)


class A:
    def __abs__(self):
        return "custom abs"

    def __round__(self, n=None):
        return f"custom round {n}"


print(abs(A()), round(A()), round(A(), 3), round(A(), None))
for bad in ['abs("x")', "abs(None)", 'round("1.5")', "round(1.5, 'x')", "round()", "abs([])"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError:", e)
print(round(5, None), round(5.5, None), round(-0.5, 0), round(2 ** 100, -28))
