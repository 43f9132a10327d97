# type comments inside nested functions and classes
def outer():
    # type: () -> None
    x = 1  # type: int
    def inner(y):  # type: (int) -> int
        z = y + x  # type: int
        return z
    class Local:
        attr = 0  # type: int
        def m(self):
            # type: () -> int
            return self.attr
    f = lambda: 0  # type: Callable[[], int]
