# comprehensions in function and class bodies with walrus and lambdas
def f(data):
    [last := x for x in data]
    total = 0
    _ = [(total := total + x) for x in data]
    return last, total
class Table:
    rows = [1, 2, 3]
    doubled = [r * 2 for r in rows]
    names = {str(i): i for i in range(3)}
    funcs = [lambda r=r: r for r in rows]
