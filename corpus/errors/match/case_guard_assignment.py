match p:
    case (x, y) if x = y:
        pass
