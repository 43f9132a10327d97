# __exit__ receives the exception triple; exceptions from __enter__ skip the body and __exit__.
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            print("  clean exit, args:", et, ev, tb)
        else:
            print("  exit with", et.__name__, repr(ev), type(tb).__name__, tb.tb_lineno > 0)
        return False


with Inspect():
    pass
try:
    with Inspect():
        raise LookupError("lk")
except LookupError:
    print("propagated")


class FailingEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("  never called")


try:
    with FailingEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)


class Outer:
    def __enter__(self):
        print("  outer enter")

    def __exit__(self, *a):
        print("  outer exit sees", a[0].__name__ if a[0] else None)


try:
    with Outer(), FailingEnter():
        pass
except RuntimeError:
    print("outer exited, inner never entered")


class TruthyExit:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        return "non-empty string is truthy"


with TruthyExit():
    raise ValueError("swallowed")
print("swallowed by truthy return")


def gen_in_with():
    with Inspect():
        yield 1
        yield 2


g = gen_in_with()
next(g)
g.close()
print("generator closed inside with")
