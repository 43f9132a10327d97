match x:
    case if:
        pass
