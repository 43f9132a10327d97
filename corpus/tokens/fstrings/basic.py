# f-strings are a single STRING token in 3.11
name = "w"
x = f"hello {name}"
y = F'{name}'
z = f"{name!r} {name!s} {name!a}"
