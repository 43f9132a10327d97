# contextlib: contextmanager, suppress, ExitStack, closing, nullcontext.
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  {name} saw {e!r}")
        raise
    finally:
        print(f"</{name}>")


with tag("a") as t:
    print("  inside", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError:
    print("propagated")
with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
with ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback runs first on exit")
    print("  body of ExitStack")


class Resource:
    def close(self):
        print("closed resource")


with closing(Resource()):
    print("using resource")
with nullcontext(5) as v:
    print("nullcontext gives", v)
