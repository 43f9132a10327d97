# type comments are ordinary COMMENT tokens
x = []  # type: List[int]
y = 1  # type: ignore
z = 2  # type: ignore[attr-defined]
def f(a):
    # type: (int) -> None
    pass
