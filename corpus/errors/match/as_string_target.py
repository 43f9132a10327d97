match x:
    case a as 'x':
        pass
