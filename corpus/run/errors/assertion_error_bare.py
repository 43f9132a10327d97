# AssertionError without a message.
x = 5
assert x > 0
print("x is positive")
assert x > 10
