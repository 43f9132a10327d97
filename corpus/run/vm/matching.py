# The match statement: literals, captures, sequences, mappings, classes, guards, or-patterns.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1:
            return 'bit'
        case int(n) if n < 0:
            return f'negative {n}'
        case str() as s:
            return f'string {s!r}'
        case [x, y, *rest]:
            return f'seq {x} {y} +{len(rest)}'
        case {'type': 'user', 'name': name, **extra}:
            return f'user {name} {sorted(extra)}'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x=px, y=py):
            return f'point {px},{py}'
        case None:
            return 'none'
        case _:
            return 'other'
for v in [0, 1, -5, 'hi', [1, 2], [1, 2, 3, 4], {'type': 'user', 'name': 'ann', 'age': 3},
          Point(0, 7), Point(2, 3), None, 3.5, (9, 8)]:
    print(describe(v))
match (1, (2, 3)):
    case (a, (b, c)):
        print(a + b + c)
match {'k': [1, {'z': 2}]}:
    case {'k': [_, {'z': z}]}:
        print('z =', z)
