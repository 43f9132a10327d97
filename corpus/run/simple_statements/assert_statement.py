# assert raises AssertionError with an optional message; the message is evaluated lazily.
def msg():
    print("  message evaluated")
    return "custom message"


assert True, msg()
assert 1 == 1
print("passed asserts")
try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args)
try:
    assert 1 > 2, msg()
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("AssertionError:", e.args)
try:
    assert None, 42
except AssertionError as e:
    print("AssertionError:", e, type(e.args[0]).__name__)
print(__debug__)


def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2


print(check(4))
try:
    check("s")
except AssertionError as e:
    print("AssertionError:", e)
