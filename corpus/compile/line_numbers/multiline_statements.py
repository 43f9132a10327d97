# Statements split across lines with backslashes and brackets, and compound headers on several lines.
x = 1 + \
    2 + \
    3
if (x > 1 and
        x < 10):
    y = x \
        * 2
else:
    y = 0
for (i,
     j) in [(1, 2),
            (3, 4)]:
    y += i * j
while (y >
       100):
    y //= 2
with open.__class__ if False else type(
        "CM", (), {"__enter__": lambda s: s, "__exit__": lambda s, *a: None})() as cm:
    pass


def long_signature(
    first,
    second=2,
    *rest,
    keyword=3,
    **extra,
):
    return (first, second, rest, keyword,
            extra)


print(x, y, long_signature(1))
assert (
    x == 6
), "message on another line"
try:
    raise ValueError(
        "multi-line raise"
    )
except (
    ValueError,
    TypeError,
) as e:
    print(e)
