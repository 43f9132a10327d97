# parameter and return annotations
def f(a: int) -> int: pass
def f(a: int = 1, *, b: str = 'x') -> None: pass
def f(*args: int, **kwargs: str) -> dict: pass
def f(a: 'forward', b: list[int] | None = None) -> 'Result': pass
def f(x: lambda: 0 = 1) -> (yield_ := 0): pass
def f(*args: *Ts) -> tuple[*Ts]: pass
def f(a: int, /, b: int = 0, *c: int, d: int, **e: int) -> int: pass
def f(self, other: "Vector") -> "Vector": pass
def f(cb: Callable[..., Awaitable[None]]) -> Callable[[int], str]: pass
def f(
    a: int,
    b: str,
) -> tuple[
    int,
    str,
]:
    return a, b
