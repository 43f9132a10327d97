# Line numbers of implicit returns, loop back-edges, else blocks and with-exits.
def implicit_return(x):
    if x:
        y = 1
    else:
        y = 2


def loop_lines(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    else:
        total += 100
    while n:
        n -= 1
    return total


def with_exit_line():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

    with CM():
        x = 1
    return x


def try_lines():
    try:
        a = 1
    except ValueError:
        a = 2
    else:
        a = 3
    finally:
        b = 4
    return a, b


print(implicit_return(1), loop_lines(5), with_exit_line(), try_lines())
