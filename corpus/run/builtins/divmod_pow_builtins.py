# divmod() and pow() with every numeric type and their errors.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(True, 3), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(-2, 0.5), pow(1j, 2), pow(3, 4, 5), pow(3, -1, 7), pow(0, 0))
for call in ["divmod(1, 0)", "divmod(1.0, 0.0)", "divmod(1j, 1)", "divmod('a', 1)", "pow(2, 3, 0)", "pow(2.0, 3, 4)",
             "pow(0.0, -1)", "pow(2, 1.5, 3)", "pow()", "pow(1)", "pow(4, -1, 8)"]:
    try:
        print(call, eval(call))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(call, type(e).__name__ + ":", e)


class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)

    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)

    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()), divmod(P(), 1), divmod(1, P()))
