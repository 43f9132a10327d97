# format specs and conversions
v = 3.14159
a = f"{v:.2f}"
b = f"{v!r:>10}"
c = f"{v=}"
d = f"{v = :>{8}}"
e = f"{v:%Y-%m-%d}"
