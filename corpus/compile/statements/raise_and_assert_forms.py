# raise in every form and assert with and without messages.
def raises(kind):
    if kind == 0:
        raise ValueError
    if kind == 1:
        raise ValueError("msg")
    if kind == 2:
        raise ValueError("msg") from KeyError("cause")
    if kind == 3:
        raise ValueError("msg") from None
    try:
        raise KeyError("inner")
    except KeyError:
        raise


for k in range(5):
    try:
        raises(k)
    except Exception as e:
        print(k, repr(e), repr(e.__cause__), e.__suppress_context__)
x = 5
assert x == 5
assert x, "message"
try:
    assert x < 0, f"x is {x}"
except AssertionError as e:
    print(e)
