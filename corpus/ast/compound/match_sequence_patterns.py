# group and sequence patterns in list and tuple forms, with star patterns
match seq:
    case (0):
        pass
    case ((1 | 2)):
        pass
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case (x,):
        pass
    case [x, y]:
        pass
    case (x, y):
        pass
    case x, y, z:
        pass
    case [x, *rest]:
        pass
    case (*rest, x):
        pass
    case [x, *_, y]:
        pass
    case *rest, last:
        pass
    case [[a, b], (c, [d, *e])]:
        pass
    case [*_]:
        pass
    case (x):
        pass
