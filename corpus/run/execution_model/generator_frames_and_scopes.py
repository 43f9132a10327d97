# Generators capture variables from enclosing scopes and keep their own locals alive.
def make_gens():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i
            yield i * 10
        gens.append(g())
    return gens


print([list(g) for g in make_gens()])


def outer():
    x = "outer value"

    def gen():
        yield x
        yield x.upper()

    x = "changed before iteration"
    return gen()


print(list(outer()))


def stateful():
    state = {"count": 0}

    def gen():
        while state["count"] < 3:
            state["count"] += 1
            yield state["count"]

    g = gen()
    first = next(g)
    state["count"] = 1
    return [first] + list(g)


print(stateful())
g = (v for v in range(3))
print(sorted(g.gi_frame.f_locals), next(g), sorted(g.gi_frame.f_locals), g.gi_frame.f_locals['v'])
