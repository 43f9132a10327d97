# Deep call trees of small functions (pyperformance's "recursion"-style workloads, written for
# krait): naive Fibonacci, Takeuchi's function, Ackermann's function and a memoised count.
N = 12


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def partitions(n, k, memo):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key in memo:
        return memo[key]
    r = partitions(n - k, k, memo) + partitions(n, k - 1, memo)
    memo[key] = r
    return r


def main(n):
    print(fib(n))
    print(tak(n // 2 + 6, n // 3 + 4, n // 6))
    print(ack(2, n * 10))
    print(partitions(n * 10, n * 10, {}))


main(N)
