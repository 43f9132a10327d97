# enum: unique, aliases, methods on members, IntFlag arithmetic and StrEnum.
from enum import Enum, IntFlag, StrEnum, unique, auto


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print([(p.name, round(p.gravity, 2)) for p in Planet], Planet.EARTH.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), Perm(6) & Perm.W, Perm.R + 1, list(Perm(5)))


class Color(StrEnum):
    RED = auto()
    GREEN = auto()


print(Color.RED, Color.RED == "red", Color("green"), Color.RED.upper(), sorted(Color))
