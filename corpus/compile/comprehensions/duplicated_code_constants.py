# Code compiled twice gives equal code objects, which merge into one constant: a `while`
# condition is compiled before the loop and again at its end, a `finally` body once per exit.
# Code objects that differ only in where they stand stay apart.
def poll(items):
    n = 0
    while any(x > n for x in items):
        n += 1
    return n


def cleanup(items):
    try:
        return len(items)
    finally:
        print(sorted(y for y in items))


def nested(items):
    while items and all(lambda: x for x in items):
        items = items[1:]
    return [(lambda: 1), (lambda: 1)]


print(poll([1, 5, 3]), cleanup({3, 1, 2}), [f() for f in nested([1, 2])])
for f in (poll, cleanup, nested):
    print(f.__name__, [c.co_name for c in f.__code__.co_consts if hasattr(c, "co_code")])
