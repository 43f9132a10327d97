# patterns spanning several lines
match event:
    case {
        'type': 'click',
        'pos': (x, y),
        **rest,
    }:
        pass
    case Click(
        position=(x, y),
        button=Button.LEFT
            | Button.RIGHT,
    ):
        pass
    case [
        first,
        *middle,
        last,
    ] if (
        first
        == last
    ):
        pass
    case (
        'a'
        | 'b'
    ) as letter:
        pass
