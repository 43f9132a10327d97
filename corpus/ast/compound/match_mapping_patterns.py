# mapping patterns with literal and value keys and **rest
match config:
    case {}:
        pass
    case {'type': 'user'}:
        pass
    case {'type': 'user', 'name': name}:
        pass
    case {'type': t, **rest}:
        pass
    case {3: one, -2: neg, 1.5: f, 2j: c, None: n, True: t2}:
        pass
    case {Keys.A: a, b'k': kb}:
        pass
    case {'nested': {'deep': [x, *_]}}:
        pass
    case {**rest}:
        pass
