# ExceptionGroup.split() and subgroup() count their recursion into nested groups against the
# recursion limit, as exceptiongroup_split_recursive does: a very deep group raises
# RecursionError instead of exhausting the stack.
def deep(n):
    e = TypeError(1)
    for i in range(n):
        e = ExceptionGroup('eg', [e])
    return e
for n in (10, 2000):
    for op in ("split", "subgroup"):
        try:
            r = getattr(deep(n), op)(TypeError)
            print(n, op, type(r).__name__)
        except RecursionError as e:
            print(n, op, "RecursionError", e)
