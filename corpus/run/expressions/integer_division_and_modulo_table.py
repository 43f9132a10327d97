# A table of //, %, divmod and / for all sign combinations and float operands.
for a in (7, -7, 7.5, -7.5, 0):
    row = []
    for b in (2, -2, 0.5, -0.5):
        row.append(f"{a}//{b}={a // b} {a}%{b}={a % b}")
    print("; ".join(row))
for a in (1, -1, 10 ** 20, -(10 ** 20)):
    for b in (3, -3, 7):
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a, b, q, r, a / b)
