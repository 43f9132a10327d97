# capture and wildcard patterns
match command:
    case 'quit':
        pass
    case other:
        print(other)
match command:
    case 'quit':
        pass
    case _:
        pass
match [1, 2]:
    case [first, _]:
        pass
    case [_, _, *_]:
        pass
