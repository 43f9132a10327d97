# The six rich comparisons and their reflections.
class V:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"V({self.x})"

    def __eq__(self, o):
        print(f"  {self}.__eq__({o})")
        return isinstance(o, V) and self.x == o.x

    def __lt__(self, o):
        print(f"  {self}.__lt__({o})")
        return self.x < o.x

    def __le__(self, o):
        print(f"  {self}.__le__({o})")
        return self.x <= o.x


a, b = V(1), V(2)
print(a == b)
print(a != b)
print(a < b)
print(a > b)
print(a <= b)
print(a >= b)
print(sorted([V(3), V(1), V(2)]))
print(V(1) in [V(0), V(1)])
print([V(1)].count(V(1)))
try:
    print(1 < V(1))
except TypeError as e:
    print("TypeError:", e)


class Weird:
    def __eq__(self, o):
        return "yes"

    def __lt__(self, o):
        return 0


print(Weird() == 1, Weird() < 1)
print([Weird()] == [Weird()])
print(not (Weird() < 1))
try:
    object() < object()
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    None >= 0
except TypeError as e:
    print("TypeError:", e)
