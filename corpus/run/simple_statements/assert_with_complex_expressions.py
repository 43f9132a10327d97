# assert with compound conditions, function calls and side effects in the message only on failure.
calls = []


def record(x):
    calls.append(x)
    return x


assert record(1) and record(2), record("msg-not-evaluated")
print(calls)
for value in [4, 7, -1]:
    try:
        assert 0 <= value < 5, f"value {value} out of range [0, 5)"
        print("ok", value)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert all(isinstance(x, int) for x in [1, 2, "3"]), [x for x in [1, 2, "3"] if not isinstance(x, int)]
except AssertionError as e:
    print("AssertionError:", e.args)


class Custom(Exception):
    pass


try:
    assert False, Custom("an exception object as the message")
except AssertionError as e:
    print(type(e.args[0]).__name__, e)
