# f-strings: expressions, conversions, format specs, nested fields, self-documenting '='.
name, value, items = "pi", 3.14159265, [1, 2, 3]
print(f"{name} = {value}")
print(f"{name!r} {name!s} {'é'!a} {value:.3f} {value:10.2f}| {value!r:>20}")
print(f"{items} {items[1]} {len(items)} {items[-1] * 2} {sum(items) / len(items):.2f}")
width, prec = 12, 4
print(f"{value:{width}.{prec}f}|{value:>{width}}|{name:^{width}}|")
print(f"{name=}", f"{value = :.2f}", f"{items[0]=!r}", f"{1 + 1=}")
print(f"{'nested ' + f'{name.upper()}'}", f"""{f'{f"{1}"}'}""", f"{'{'}{'}'}")
print(f"{{escaped}} {{{name}}}")
print(f"{3 if value > 3 else 0}", f"{(lambda x: x * 2)(5)}", f"{[i for i in range(3)]}", f"{ {'k': 1}['k'] }")
d = {"key": "dv"}
print(f"{d['key']}", f'{d["key"]}', f"""{d["key"]} in triple""")
print(f"{12345:,}", f"{0.25:%}", f"{255:#x}", f"{42:08b}", f"{-3:+}", f"{'left':<8}|")
x = 10
print(f"{x:>{x}}", f"{x!r:>{x // 2}}")
print(f"multi"
      f"part {x}"
      " plain")
print(F"upper prefix {x}", fr"raw \n {x}", rf"\t{x}")


class Obj:
    def __format__(self, spec):
        return f"Obj[{spec}]"

    def __repr__(self):
        return "Obj()"


o = Obj()
print(f"{o}", f"{o:custom}", f"{o!r}", f"{o!r:>8}")
try:
    f"{value:d}"
except ValueError as e:
    print("ValueError:", e)
print(f"{'a' 'b'}", f"{x:{'^'}{6}}", f"{x}" f"{x}", f"{x:}")
