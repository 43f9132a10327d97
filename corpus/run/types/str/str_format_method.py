# str.format: positional, numbered, named, attribute and index fields, conversions, nesting.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=7), "{0[1]} {0[0]}".format(["first", "second"]))
print("{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}), "{0.real} {0.imag}".format(3 + 4j))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"))
print("{:>{w}}|{:^{w}}|{:<{w}}|".format("r", "c", "l", w=5), "{:{fill}{align}{width}}".format("n", fill="*", align="^", width=7))
print("{{literal braces}} {}".format("and field"), "{:.{p}f}".format(3.14159, p=2))
print("{0:{1}}".format(42, "08b"), "{:,}".format(1234567), "{:_x}".format(0xABCDEF))
for bad in ["{", "}", "{0", "{0!x}", "{:d}", "{1}", "{a}", "{0[}", "{} {0}", "{0} {}", "{!}"]:
    try:
        bad.format("s")
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
print("{0}{0}".format(*["dup"]), "{x}{y}".format(**{"x": 1, "y": 2}), "{}".format(None))
print("{:%Y}".format(type("D", (), {"__format__": lambda self, spec: f"<{spec}>"})()))
print("{0.__class__.__name__}".format(1.5), "{[0]}".format("abc"), str.format("{}-{}", 1, 2))
print("{:s}".format("text"), "{:10}|".format("left"), "{:10}|".format(12), "{:=^11}".format(" mid "))
print("a{}b".format_map if False else "{k}".format_map({"k": "via format_map"}))


class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"


print("{a} {b}".format_map(Missing(a=1)))
