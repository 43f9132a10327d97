# Which side's comparison method runs first, including the subclass-first rule and != fallback to ==.
log = []


class A:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        log.append(f"{self.tag}.__eq__")
        return NotImplemented

    def __lt__(self, other):
        log.append(f"{self.tag}.__lt__")
        return NotImplemented

    def __gt__(self, other):
        log.append(f"{self.tag}.__gt__")
        return NotImplemented


class B(A):
    pass


def run(expr, a, b):
    log.clear()
    try:
        result = eval(expr)
    except TypeError as e:
        result = f"TypeError: {e}"
    print(f"{expr:8} -> {result!s:60} {log}")


a1, a2, b = A("a1"), A("a2"), B("b")
for expr in ["a == b", "b == a", "a != b", "a < b", "b < a", "a > b"]:
    run(expr, a1, b)
run("a == b", a1, a2)
run("a == b", a1, a1)
run("a != b", a1, a1)


class OnlyEq:
    def __eq__(self, other):
        log.append("OnlyEq.__eq__")
        return True


log.clear()
print(OnlyEq() != 1, log)
