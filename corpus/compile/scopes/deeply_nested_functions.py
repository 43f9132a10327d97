# Five nested function levels with free variables that skip levels and cells created on demand.
def l1(a):
    def l2(b):
        def l3(c):
            def l4(d):
                def l5(e):
                    return a + b + c + d + e
                return l5
            return l4
        return l3
    return l2


print(l1(1)(2)(3)(4)(5))


def skip_levels():
    top = "top"

    def unused_middle():
        def bottom():
            return top
        return bottom

    return unused_middle()()


print(skip_levels(), skip_levels.__code__.co_cellvars)


def class_in_function_in_class():
    class Outer:
        v = 1

        def method(self):
            w = 2

            class Inner:
                def get(self_inner):
                    return w
            return Inner().get()
    return Outer().method()


print(class_in_function_in_class())
