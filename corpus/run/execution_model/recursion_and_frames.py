# Recursive functions each get their own frame and locals.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print([fact(i) for i in range(10)])
print(fact(50))


def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print(fib(90))


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves


print(" ".join(hanoi(4, "A", "B", "C", [])))


def even(n):
    return True if n == 0 else odd(n - 1)


def odd(n):
    return False if n == 0 else even(n - 1)


print(even(100), odd(77))
import sys


def depth(n=0):
    f = sys._getframe()
    d = 0
    while f is not None:
        d += 1
        f = f.f_back
    return d


def nested_depth(k):
    return depth() if k == 0 else nested_depth(k - 1)


base = nested_depth(0)
print(nested_depth(5) - base)


def who_called():
    return sys._getframe(1).f_code.co_name


def caller_a():
    return who_called()


print(caller_a())
print(sys.getrecursionlimit())


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))
