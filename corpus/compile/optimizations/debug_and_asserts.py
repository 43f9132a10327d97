# assert statements and __debug__ compile differently from ordinary conditions.
def checked(x):
    assert x > 0
    assert x < 100, "too big"
    assert isinstance(x, int), f"{x!r} is not an int"
    if __debug__:
        x += 1
    if not __debug__:
        x = -1
    return x


print(checked(5))
for bad in (-1, 500, 2.5):
    try:
        checked(bad)
    except AssertionError as e:
        print("AssertionError:", e)
debug_value = __debug__
print(debug_value, __debug__ and "on", not __debug__)


def assert_tuple_like(a):
    assert (a, "message in parens")[0]
    return a


print(assert_tuple_like(1))
