# Generators interacting with try/except/finally: throw, close and exceptions crossing yields.
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("  generator caught", e)
        yield "recovered"
    finally:
        print("  generator finally")


g = guarded()
print(next(g))
print(g.throw(ValueError("thrown")))
try:
    next(g)
except StopIteration:
    print("exhausted")
g = guarded()
next(g)
g.close()
print("closed")


def refuses_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


g = refuses_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def handler_around_yield_from():
    try:
        yield from guarded()
    except KeyError as e:
        yield f"outer caught {e!r}"


g = handler_around_yield_from()
print(next(g))
print(g.throw(KeyError("k")))


def finally_yield():
    try:
        return "ret"
    finally:
        yield "yield in finally"


print(list(finally_yield()))
