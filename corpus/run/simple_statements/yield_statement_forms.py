# yield and yield from as statements in various positions.
def simple():
    yield
    yield 1
    yield 1, 2
    yield from "ab"
    yield from range(2)
    yield from simple_inner()


def simple_inner():
    yield "inner"
    return "ignored"


print(list(simple()))


def in_loops():
    for i in range(3):
        if i == 1:
            continue
        yield i
    while True:
        yield "w"
        break


print(list(in_loops()))


def in_try():
    try:
        yield "try"
        raise ValueError
    except ValueError:
        yield "except"
    else:
        yield "never"
    finally:
        yield "finally"


print(list(in_try()))


def in_with():
    class CM:
        def __enter__(self):
            print("  enter")

        def __exit__(self, *a):
            print("  exit")

    with CM():
        yield "inside with"
    yield "after with"


print(list(in_with()))


def conditional_generator(flag):
    if flag:
        yield "yes"
    return


print(list(conditional_generator(True)), list(conditional_generator(False)))
print(type(conditional_generator(False)).__name__)
