# Five levels of nesting: each level reads, shadows or rebinds names of outer levels.
a = "global a"


def l1():
    b = "l1 b"

    def l2():
        c = "l2 c"

        def l3():
            nonlocal c
            c = "l3 rebinds c"
            d = "l3 d"

            def l4():
                def l5():
                    return (a, b, c, d)
                return l5()
            return l4()
        r = l3()
        return r, c
    return l2()


print(l1())


def shadowing():
    x = 1

    def inner():
        x = 2

        def innermost():
            return x
        return innermost()
    return inner(), x


print(shadowing())


def late_definition():
    def uses():
        return helper()

    def helper():
        return "helper found at call time"

    return uses()


print(late_definition())
