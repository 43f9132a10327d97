# Chained comparisons used as conditions in if, while, ternaries and boolean operators.
def band(x):
    if 0 <= x < 10:
        return "low"
    elif 10 <= x < 100 <= 1000:
        return "mid"
    elif not 100 <= x <= 1000:
        return "outside"
    return "high"


print([band(v) for v in (-5, 5, 50, 500, 5000)])


def loop(n):
    i = 0
    while 0 <= i < n != 7:
        i += 1
    return i


print(loop(5), loop(7), 1 < 2 < 3 and 3 > 2 > 1 or False, "y" if 1 < 2 > 0 else "n")
