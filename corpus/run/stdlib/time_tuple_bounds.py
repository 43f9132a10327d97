# strftime and asctime check the fields of the time tuple they are given (gettmarg, checktm):
# each range, the weekday read with C's %, a year that cannot be a C int's year - 1900, and a
# format with an embedded NUL.
import time

base = (1900, 1, 1, 0, 0, 0, 0, 1, -1)
changes = [(1, 13), (1, -1), (1, 0), (2, 32), (2, 0), (3, 24), (3, -1), (4, 60), (5, 61),
           (5, 62), (5, -1), (6, -1), (6, 6), (6, -2), (7, 0), (7, 366), (7, 367), (7, -1)]
for func in (time.asctime, lambda t: time.strftime('%Y-%m-%d %H:%M:%S %a %j', t)):
    for i, v in changes:
        t = list(base)
        t[i] = v
        try:
            print(i, v, func(tuple(t)))
        except ValueError as e:
            print(i, v, "ValueError:", e)
for year in (-2 ** 31 + 1900, -2 ** 31 + 1899, 2 ** 31, -2 ** 31 - 1, 2 ** 64):
    try:
        print(time.strftime('%Y', (year,) + base[1:]))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.strftime('%S\0', base)
except ValueError as e:
    print("ValueError:", e)
print(time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
