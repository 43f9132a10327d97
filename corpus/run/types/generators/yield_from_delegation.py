# yield from delegates next/send/throw/close to the subgenerator and returns its value.
def inner():
    print("  inner start")
    try:
        x = yield "i1"
        print("  inner got", x)
        y = yield "i2"
        print("  inner got", y)
    except KeyError as e:
        print("  inner handled", repr(e))
        yield "i-after-throw"
    finally:
        print("  inner finally")
    return "inner result"


def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield "outer done"


g = outer()
print(next(g), g.send("A"), g.send("B"), next(g, "end"))
g = outer()
next(g)
print(g.throw(KeyError("k")))
print(next(g))
g = outer()
next(g)
g.close()
print("closed delegation")


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(2), (x for x in "yz"))))


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))


def delegate_to_iterator():
    r = yield from iter([1, 2])
    return r


d = delegate_to_iterator()
print(list(d))


def sub_returns():
    return "immediate"
    yield


def get_return():
    v = yield from sub_returns()
    yield v


print(list(get_return()))
