match x:
    case 1 as a as b:
        pass
