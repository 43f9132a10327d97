# An uncaught exception raised inside a binary operation deep in calls: carets and chaining.
def divide(a, b):
    return a / b
def ratio(items):
    total = sum(items)
    return [divide(x, total - total) for x in items]
def report(data):
    try:
        return ratio(data)
    except ZeroDivisionError as exc:
        lookup = {'a': 1}
        return lookup['missing' + str(len(data))]
report([1, 2, 3])
