# OR patterns and AS patterns
match value:
    case 1 | 2 | 3:
        pass
    case (1 | 2) as small:
        pass
    case [a, b] as pair:
        pass
    case str() | bytes() as s:
        pass
    case (Point(x=0) | Point(y=0)) as on_axis:
        pass
    case [1 | 2 as n, *_] | [n, 3]:
        pass
    case {'k': (1 | 2) as v}:
        pass
    case _ as anything:
        pass
