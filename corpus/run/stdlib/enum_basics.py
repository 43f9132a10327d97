# enum: members, iteration order, value lookup, auto, Flag combinations, IntEnum.
from enum import Enum, IntEnum, Flag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color))
print(Color.RED.name, Color.RED.value, len(Color), Color.RED in Color, [m.name for m in Color.__members__.values()])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)


class Level(IntEnum):
    LOW = auto()
    HIGH = auto()


print(Level.LOW, Level.HIGH + 1, Level.LOW < Level.HIGH, sorted([Level.HIGH, Level.LOW]), int(Level.HIGH))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, rw & Perm.W, ~Perm.R, Perm(0), list(rw))
print(f"{Color.RED}", f"{Level.LOW}", str(Level.HIGH), format(Level.HIGH, "d"))
