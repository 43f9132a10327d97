# dataclasses: inheritance of fields, field() options, keyword-only fields, slots and __post_init__.
from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass
class Base:
    id: int
    tags: list = field(default_factory=list, repr=False)


@dataclass
class Child(Base):
    name: str = "anon"
    secret: str = field(default="hidden", compare=False)
    _: KW_ONLY
    level: int = 1


a = Child(1, ["x"], "ann", "s1", level=3)
b = Child(1, ["y"], "ann", "s2", level=3)
print(a, a == b, [f.name for f in fields(Child)], Child.__match_args__)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0


s = Slotted(1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(eq=False)
class Identity:
    v: int


print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashed:
    v: int


print(hash(Hashed(5)) == hash(Hashed(5)), {Hashed(5), Hashed(5)} == {Hashed(5)})
match Child(7, name="m"):
    case Child(ident, name=n):
        print("matched", ident, n)
