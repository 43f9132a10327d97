# Names bound in a class body are not visible from nested functions or comprehensions.
x = "module x"


class C:
    x = "class x"
    y = x + " (read in body)"

    def method(self):
        return x

    comp = [x for _ in range(1)]
    first_iter = [v for v in x.split()]
    lam = (lambda: x)()


print(C.y)
print(C().method())
print(C.comp, C.first_iter, C.lam)


def func():
    z = "function z"

    class Inner:
        z2 = z
        w = [z for _ in range(1)]

        def m(self):
            return z

    return Inner.z2, Inner.w, Inner().m()


print(func())


def class_local_then_global():
    v = "enclosing v"

    class K:
        try:
            print("  class body sees:", v)
        except NameError as e:
            print("  NameError (enclosing v skipped, globals searched):", e)
        v = "class v"
        print("  after binding:", v)

    return K.v


print(class_local_then_global())
v = "global v"
print(class_local_then_global())


class Counter:
    n = 0
    n += 1
    n += 1


print(Counter.n)


def free_in_class():
    a = 1

    class K:
        a = 2

        def get(self):
            return a

    return K().get()


print(free_in_class())


class UsesGlobal:
    global gx
    gx = "set from class body"


print(gx)
