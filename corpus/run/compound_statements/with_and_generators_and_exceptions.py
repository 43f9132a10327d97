# with statements driving generator-based context managers written by hand.
class GenCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator did not stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator did not stop after throw")


def managed(name, swallow=()):
    print(f"  setup {name}")
    try:
        yield name.upper()
    except swallow as e:
        print(f"  {name} swallowed {e!r}")
    finally:
        print(f"  teardown {name}")


with GenCM(managed("a")) as v:
    print("body", v)
with GenCM(managed("b", swallow=(KeyError,))):
    raise KeyError("swallowed")
print("after b")
try:
    with GenCM(managed("c", swallow=(KeyError,))):
        raise ValueError("not swallowed")
except ValueError as e:
    print("propagated", e)
