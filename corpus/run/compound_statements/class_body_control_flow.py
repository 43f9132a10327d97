# Class bodies can contain any statements: loops, try, with, match, nested defs.
class Table:
    rows = []
    for i in range(3):
        rows.append(i * i)
    try:
        risky = 1 / 0
    except ZeroDivisionError:
        risky = "fallback"
    match len(rows):
        case 3:
            size = "three"
        case _:
            size = "other"
    if size == "three":
        def method(self):
            return "defined conditionally"
    else:
        def method(self):
            return "other branch"
    while len(rows) < 5:
        rows.append(-1)
    del i


print(Table.rows, Table.risky, Table.size, Table().method(), hasattr(Table, "i"))


class Enumish:
    names = ["A", "B", "C"]
    for idx, name in enumerate(names):
        locals()[name] = idx
    del idx, name


print(Enumish.A, Enumish.B, Enumish.C)
