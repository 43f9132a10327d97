# Or-patterns with bindings, as-patterns, guards with side effects, and fall-through.
def evaluated(label, result):
    print(f"  guard {label} evaluated")
    return result


def check(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "bad direction"
        case ["take", item] | ["pick", "up", item]:
            return f"taking {item}"
        case ["drop", *items] if evaluated("drop", len(items) > 0):
            return f"dropping {items}"
        case [("quit" | "exit")] as whole:
            return f"bye via {whole}"
        case [] | [""]:
            return "nothing"
        case [verb, *_] if evaluated("fallback", True):
            return f"unknown verb {verb}"


for c in ["go north", "go up", "take lamp", "pick up key", "drop a b", "drop", "quit", "exit", "", "dance now"]:
    print(repr(c), "->", check(c))
match (1, 2):
    case (1, x) | (x, 1):
        print("x =", x)
match [1, [2, 3]]:
    case [a, [b, c] as inner] as outer:
        print(a, b, c, inner, outer)
value = 7
match value:
    case int() if value < 5:
        print("small int")
    case int() if value < 10:
        print("medium int")
    case _:
        print("other")
match value:
    case 1:
        print("no match and no wildcard: nothing happens")
print("after match")
