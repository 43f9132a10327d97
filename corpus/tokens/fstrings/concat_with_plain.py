# f-strings implicitly concatenated with plain strings
x = 1
s = "a" f"{x}" r"b" F"{x!r}"
