# format(x) and f"{x}" with an empty spec are str(x) for int, float, complex and str
# subclasses, so an overridden __str__ shows (as in an Enum with a float mixin).
class F(float):
    def __str__(self): return "F!"
class I(int):
    def __str__(self): return "I!"
class C(complex):
    def __str__(self): return "C!"
class S(str):
    def __str__(self): return "S!"
class B(int):
    pass
for x in [F(1.5), I(3), C(1j), S("s"), True]:
    print(format(x), format(x, ""), f"{x}", format(x, "5") if not isinstance(x, S) else format(x, "3"))
import enum


class Measure(float, enum.ReprEnum):
    FIRST = 4.4

    def __str__(self):
        return self.name.lower()


print(format(Measure.FIRST), f"{Measure.FIRST}", f"{Measure.FIRST:6.2f}", str(Measure.FIRST))
