# dataclasses: generated __init__/__repr__/__eq__, defaults, ordering, frozen, field().
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)


a = Item("pen", 1.5)
b = Item("pen", 1.5)
print(a, a == b, a is b, Item("x"), asdict(a), astuple(a), [f.name for f in fields(Item)])
a.tags.append("blue")
print(a, b.tags)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


vs = [Version(1, 2), Version(0, 9), Version(1)]
print(sorted(vs), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1, 0)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(Version(1, 2), minor=5))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Post:
    x: int

    def __post_init__(self):
        self.double = self.x * 2


print(Post(4).double, Post(4))
