# str.format reads a field name or index of digits as a number (get_integer): one past
# Py_ssize_t is "Too many decimal digits", and format_map has no positional fields to give.
import sys

cases = [
    ("{0[11111111111111111111111]}", ([1],), {}),
    ("{123456789012345678901234567890}", (), {}),
    ("{%d:.6f}" % (sys.maxsize + 1), (2.34,), {}),
    ("{%d}" % sys.maxsize, (), {}),
    ("{0[-1]}", ({"-1": "minus"},), {}),
    ("{0[01]}", ([5, 6],), {}),
    ("{a[1]}{a[x]}", (), {"a": {1: "one", "x": "ex"}}),
    ("{007}", tuple(range(8)), {}),
]
for fmt, args, kwargs in cases:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
for fmt, mapping in (("{}", {"a": 2}), ("{0}", {}), ("{a}{}", {"a": 1}), ("{:{}}", {}), ("{a:{b}}", {"a": 3, "b": 4})):
    try:
        print(repr(fmt.format_map(mapping)))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
# str.maketrans with one dict takes str keys of length 1 and int keys only.
for d in ({(1,): 2}, {"ab": 1}, {1.5: 2}, {"a": 1, 2: "x"}, {True: "y"}):
    try:
        print(str.maketrans(d))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# A sign in a string's format spec: a space has its own message.
for spec in (" ", "+", "-", " 5"):
    try:
        print(repr(format("ab", spec)))
    except ValueError as e:
        print("ValueError:", e)
