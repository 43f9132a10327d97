# class patterns with positional and keyword sub-patterns
match shape:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case Point(x, y):
        pass
    case geometry.shapes.Circle(center=Point(x, y), radius=r):
        pass
    case int(n) | float(n):
        pass
    case str() | bytes():
        pass
    case Line(start=Point(), end=Point(x=0,)):
        pass
    case Polygon([first, *others], closed=True):
        pass
