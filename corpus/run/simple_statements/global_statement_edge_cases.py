# global declarations for names assigned by for, import, def, class and with targets.
def bind_all():
    global loop_var, imported, defined, Klass, ctx
    for loop_var in range(3):
        pass
    import math as imported
    def defined():
        return "defined globally"

    class Klass:
        pass

    class CM:
        def __enter__(self):
            return "cm value"

        def __exit__(self, *a):
            return False

    with CM() as ctx:
        pass


bind_all()
print(loop_var, imported.__name__, defined(), Klass.__name__, ctx)


def global_unused():
    global never_assigned
    return "declared but not assigned"


print(global_unused(), "never_assigned" in globals())


def global_in_comprehension():
    global comp_total
    comp_total = sum(x for x in range(5))
    return [comp_total for _ in range(2)]


print(global_in_comprehension(), comp_total)
