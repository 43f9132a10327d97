# Every binary and unary operator on variables (so nothing folds), including in-place forms via names.
def ops(a, b):
    return [
        a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> b, a & b, a | b, a ^ b,
        -a, +a, ~a, not a,
    ]


def matmul(m, n):
    return m @ n


class M:
    def __matmul__(self, o):
        return "matmul"

    def __rmatmul__(self, o):
        return "rmatmul"


print(ops(7, 3), ops(-7, 2), matmul(M(), M()), matmul(1, M()))
