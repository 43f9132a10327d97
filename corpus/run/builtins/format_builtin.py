# format() dispatches to __format__ with a spec; default spec is "".
print(format(42), format(42, "x"), format(3.5, ".3f"), format("s", ">3"), format(1j, ""), format([1], ""))
print(format(True), format(None), format(b"b"), format(..., ""), format(range(2)))


class F:
    def __format__(self, spec):
        return f"F[{spec}]"


print(format(F()), format(F(), "abc"), f"{F():x}", "{:y}".format(F()))
for call in ["format([1], 'x')", "format(object(), 's')", "format(1, 1)", "format(F(), None)", "format()"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return 5


try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
