# guards on cases
match point:
    case (x, y) if x == y:
        pass
    case (x, y) if (d := x - y) > 0:
        pass
    case Point(x=x) if x in range(10) and not x % 2:
        pass
    case [*items] if items if True else False:
        pass
    case _ if callable(point):
        pass
    case _:
        pass
