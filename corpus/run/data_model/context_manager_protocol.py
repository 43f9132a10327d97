# __enter__/__exit__: return value of __enter__, exception arguments, suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"  enter {self.name}")
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name}: {et.__name__ if et else None} {ev!r} tb={tb is not None}")
        return self.suppress


with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise KeyError("k")
print("suppressed")
try:
    with CM("c"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)
with CM("outer") as o, CM("inner", True) as i:
    print("both", o, i)
    raise ValueError("v")
print("after nested")


def f():
    with CM("ret"):
        return "returned"


print(f())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("  body", n)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)


class NoEnter:
    def __exit__(self, *a):
        pass


try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("from exit")


try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
