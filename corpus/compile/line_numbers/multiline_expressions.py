# Expressions spanning many lines: line table entries for each sub-expression.
def compute(a,
            b,
            c):
    total = (a
             + b
             * c
             - (a
                // (b
                    or 1)))
    items = [
        a,
        b,
        c,
    ]
    mapping = {
        "a": a,
        "b":
            b,
    }
    call = max(
        a,
        b,
        key=lambda v: (
            -v
        ),
    )
    chained = (
        "x"
        .upper()
        .lower()
        .center(
            5,
            "*",
        )
    )
    cond = (a
            if b
            else c)
    return total, items, mapping, call, chained, cond


print(compute(1, 2, 3))
