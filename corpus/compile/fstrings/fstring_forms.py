# f-strings: conversions, format specs, nested replacement fields, '=', escapes and concatenation.
name = "ada"
value = 3.14159
width = 10
items = [1, 2]
print(f"plain")
print(f"{name}")
print(f"{name!r} {name!s} {name!a}")
print(f"{value:.2f} {value:>{width}.3} {value:{width}}")
print(f"{name=} {value=:.1f} {items[0]=!r}")
print(f"{{braces}} {{{name}}}")
print(f"{name}" f"{value}" "plain" f"{width}")
print(f"{'nested ' + f'{name.upper()!r:>8}'}")
print(f"{items!r:^20}|{len(items):03d}|{value:e}|{value:%}")
print(f"{'a' if value > 3 else 'b'} {(lambda x: x * 2)(width)} {[x for x in items]}")
print(f"{name:{'>' if width > 5 else '<'}{width}}")
print(f"""triple {name}
second line {value:.0f}""")
print(rf"\n{name}", fr"\t{width}", F"{name}", Rf"{value:.1f}\d")
print(f"{3+4}", f"{ 3 + 4 }", f"{3 + 4 = }", f"{name!r:>{width}}")
