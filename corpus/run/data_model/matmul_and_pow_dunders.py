# The @ operator and three-argument pow dispatch.
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __imatmul__(self, other):
        print("  __imatmul__")
        result = self @ other
        self.rows = result.rows
        return self

    def __pow__(self, n, mod=None):
        result = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        for _ in range(n):
            result = result @ self
        if mod is not None:
            result = Matrix([[v % mod for v in r] for r in result.rows])
        return result

    def __repr__(self):
        return f"Matrix({self.rows})"


fib = Matrix([[1, 1], [1, 0]])
print(fib @ fib, fib ** 10, pow(fib, 50, 1000))
m = Matrix([[1, 2], [3, 4]])
alias = m
m @= Matrix([[0, 1], [1, 0]])
print(m, m is alias)
try:
    m @ 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 @ m
except TypeError as e:
    print("TypeError:", e)
try:
    [1] @ [2]
except TypeError as e:
    print("TypeError:", e)
