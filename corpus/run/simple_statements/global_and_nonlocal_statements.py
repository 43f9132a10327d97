# global and nonlocal declarations with several names and in various positions.
a = b = 0


def set_both():
    global a, b
    a, b = 1, 2


set_both()
print(a, b)


def outer():
    x = y = "outer"

    def inner():
        nonlocal x, y
        x, y = "inner-x", "inner-y"

    inner()
    return x, y


print(outer())


def global_in_loop():
    for i in range(3):
        global loop_total
        loop_total = i
    return loop_total


print(global_in_loop(), loop_total)


def nonlocal_in_nested_loops():
    hits = 0

    def scan(rows):
        nonlocal hits
        for r in rows:
            for c in r:
                if c:
                    hits += 1

    scan([[1, 0], [1, 1]])
    scan([[0]])
    return hits


print(nonlocal_in_nested_loops())


class Config:
    global configured
    configured = True
    local_attr = 1


print(configured, Config.local_attr)


def gen_with_nonlocal():
    state = []

    def g():
        nonlocal state
        for i in range(3):
            state = state + [i]
            yield len(state)

    return list(g()), state


print(gen_with_nonlocal())
