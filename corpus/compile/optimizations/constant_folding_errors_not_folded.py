# Operations that would raise at compile time are left for run time.
def divide_by_zero():
    return 1 / 0


def modulo_by_zero():
    return 5 % 0


def bad_shift():
    return 1 << -1


def bad_pow():
    return 0 ** -1


def type_error():
    return "a" + 1


def overflow():
    return 2.0 ** 10000


for fn in (divide_by_zero, modulo_by_zero, bad_shift, bad_pow, type_error, overflow):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
print("%s-%d" % ("a", 1), "%s" % 5, "x" "y" "z", "abc"[1], (1, 2, 3)[-1], "abc"[::-1], "hello"[1:3], b"ab"[0])
