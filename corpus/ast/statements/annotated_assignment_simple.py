# simple annotated assignments: target is a plain name (simple=1)
x: int
y: int = 1
z: list[int] = []
w: 'forward ref' = None
v: dict[str, tuple[int, ...]] = {}
u: int | None = None
t: Callable[[int, str], bool] = lambda a, b: True
s: tuple[int, *Ts]
r: int = (yield_ := 0)
def f():
    local: float = 0.0
    other: str
    return local
class C:
    attr: int
    default: str = 'x'
    counter: ClassVar[int] = 0
