# type: ignore
import missing_module  # type: ignore
from somewhere import thing  # type: ignore[import]
x = thing.attr  # type: ignore[attr-defined]
def f(a):  # type: ignore
    return a.b  # type: ignore  # also explained here
class C(Base):  # type: ignore[misc]
    y = 1  # type:ignore
z = (1 +  # type: ignore
     2)
