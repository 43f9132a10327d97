# a command interpreter written with match
def handle(command: str, state: dict) -> str:
    match command.split():
        case []:
            return ''
        case ['quit' | 'exit']:
            raise SystemExit
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            state['pos'] = direction
            return f'going {direction}'
        case ['get', item] if item in state.get('room', ()):
            state.setdefault('inventory', []).append(item)
            return f'got {item}'
        case ['drop', *items]:
            for item in items:
                state['inventory'].remove(item)
            return 'dropped'
        case [verb, *_]:
            return f'unknown verb {verb!r}'


def evaluate(node):
    match node:
        case {'op': '+', 'args': [left, right]}:
            return evaluate(left) + evaluate(right)
        case {'op': '-', 'args': [operand]}:
            return -evaluate(operand)
        case int() | float() as number:
            return number
        case {'op': op, **rest}:
            raise ValueError(f'bad op {op}: {rest}')
        case _:
            raise TypeError(node)
