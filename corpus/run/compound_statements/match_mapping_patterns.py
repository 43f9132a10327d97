# Mapping patterns: required keys, extra keys allowed, **rest, value patterns in keys.
class K:
    NAME = "name"


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} with extras {rest}"
        case {"kind": "custom"} if False:
            return "unreachable"
        case {K.NAME: name, 1: one}:
            return f"name={name} one={one}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for ev in [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "extra": True},
    {"type": "key", "key": "q", "mod": "ctrl", "time": 5},
    {"type": "key", "key": 5},
    {"name": "n", 1: "uno"},
    {"type": "scroll"},
    {"other": 1},
    [("type", "click")],
    "type",
]:
    print(ev, "->", handle(ev))


class DefaultDict(dict):
    def __missing__(self, key):
        return "from missing"


match DefaultDict(a=1):
    case {"b": v}:
        print("matched via __missing__?", v)
    case {"a": v}:
        print("get() is used, __missing__ is not:", v)
match {"x": 1, "y": 2}:
    case {"x": 1, **others}:
        print("rest:", others)
