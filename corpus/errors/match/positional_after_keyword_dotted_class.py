match x:
    case m.C(a, b=1, c):
        pass
