# Exceptions crossing generator frames, and generators finalised during unwinding.
def gen(tag):
    try:
        yield f"{tag}-1"
        yield f"{tag}-2"
    finally:
        print(f"  {tag} finally")


def consume():
    g = gen("inner")
    for v in g:
        print("  got", v)
        raise KeyError("while consuming")


try:
    consume()
except KeyError as e:
    print("caught", e)


def delegating():
    yield from gen("delegated")


d = delegating()
print(next(d))
try:
    d.throw(IndexError("thrown through yield from"))
except IndexError as e:
    print("caught", e)


def raising_gen():
    yield 1
    raise ValueError("from generator body")


try:
    for v in raising_gen():
        print("value", v)
except ValueError as e:
    print("caught", e)
