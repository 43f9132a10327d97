# The format-spec mini-language for strings: fill, align, width, precision.
s = "text"
for spec in ["", "10", "<10", ">10", "^10", "*^10", "-<8", ".2", "10.2", ">10.3", "^9.1", "0>6", "1", "s", "<", "=^12"]:
    print(repr(spec), repr(format(s, spec)))
print(repr(format("", "^5")), repr(format("ünï", "*^9")), repr(format("日本", ">6")))
for bad in ["=10", "+10", ",", "d", "#", "010", "z"]:
    try:
        format(s, bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(f"{'x':{'>'}{5}}", f"{'abc':.{1}}")
