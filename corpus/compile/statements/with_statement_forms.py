# with statements: single, multiple, parenthesised, nested, with and without targets.
class CM:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("enter", self.n)
        return self.n

    def __exit__(self, *exc):
        print("exit", self.n, exc[0] is not None)
        return self.n == "suppress"


with CM(1):
    pass
with CM(2) as a:
    print(a)
with CM(3) as b, CM(4) as c:
    print(b, c)
with (CM(5) as d, CM(6)):
    print(d)
with (
    CM(7) as e,
    CM(8) as f,
):
    print(e, f)
with CM("suppress"):
    raise ValueError
with CM(9):
    with CM(10) as (g):
        print(g)
lst = [0]
with CM(11) as lst[0]:
    pass
print(lst)
