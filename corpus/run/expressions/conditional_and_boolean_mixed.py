# Mixing 'and', 'or', 'not' and conditional expressions with non-bool operands.
values = [0, 1, "", "x", None, [], [0]]
for a in values[:4]:
    for b in values[4:]:
        print(repr(a), repr(b), "|", repr(a and b), repr(a or b), repr(not a or b), repr(a if b else "no-b"))
x = None
print(x or "default", (x is None) and "is none", x is not None or "fallback")
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 0, 0 or "" or [] or "last")
print(not (1 and 0), (not 1) and 0, not 1 and 0)
limit = 10
print([n for n in range(20) if n % 2 and n < limit or n == 18])
