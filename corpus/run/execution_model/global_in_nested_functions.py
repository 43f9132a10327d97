# A global declaration applies only to the function (or class body) that contains it.
counter = 0


def outer():
    counter = "outer local"

    def inner():
        global counter
        counter += 1
        return counter

    inner()
    inner()
    return counter


print(outer(), counter)


def declares_then_nested():
    global shared
    shared = "from outer"

    def nested():
        return shared

    return nested()


print(declares_then_nested())


def global_and_del():
    global temp
    temp = 1
    del temp


global_and_del()
print("temp" in globals())


def read_before_global_assignment_elsewhere():
    return later_defined


later_defined = "defined after the function"
print(read_before_global_assignment_elsewhere())


def shadow_then_global_in_sibling():
    def a():
        v = "local to a"
        return v

    def b():
        global v
        v = "global from b"
        return v

    return a(), b()


print(shadow_then_global_in_sibling(), v)
