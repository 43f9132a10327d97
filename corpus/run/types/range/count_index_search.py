# range.count and range.index: arithmetic for exact ints and bools, a search with == for every
# other value (floats, int subclasses, objects equal to everything), and their errors.
import enum
class AE:
    def __eq__(self, o): return True
class IE(enum.IntEnum):
    A = 2
print(range(10).count(AE()), range(10).index(AE()), range(3).count(1.0), range(3).index(2.0), range(5).count(True), range(5).index(True), range(5).index(IE.A), range(5).count(IE.A))
for r, x in [(range(3), 5.0), (range(3), "a"), (range(3), 7)]:
    try: r.index(x)
    except ValueError as e: print(e)
print(range(0, 10**20, 3).count(3 * 10**18), range(0, 10**20, 3).index(3 * 10**18))
