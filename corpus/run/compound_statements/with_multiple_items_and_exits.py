# Multiple context managers: exits run in reverse order and see the exception; an inner exit can suppress.
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter

    def __enter__(self):
        if self.fail_enter:
            print(f"  {self.name} enter fails")
            raise OSError(f"{self.name} unavailable")
        print(f"  {self.name} enter")
        return self.name

    def __exit__(self, et, ev, tb):
        print(f"  {self.name} exit {et.__name__ if et else None}")
        return self.suppress


with CM("a") as a, CM("b", suppress=True) as b, CM("c") as c:
    print("  body", a, b, c)
    raise ValueError("from body")
print("after first with")
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("never")
except OSError as e:
    print("caught", e)
try:
    with CM("outer"), CM("inner"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
