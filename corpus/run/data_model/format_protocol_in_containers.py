# str() of containers uses repr() of elements; format() of containers refuses non-empty specs.
class Both:
    def __str__(self):
        return "S"

    def __repr__(self):
        return "R"


b = Both()
print(str(b), repr(b), str([b]), str((b,)), str({b: b}), str({b}), f"{b}", f"{[b]}", "%s" % [b])
print(format([b], ""), format((1, 2)), str(frozenset([b])))
try:
    format([1], ">10")
except TypeError as e:
    print("TypeError:", e)
print(f"{str([b]):>10}|", f"{[b]!s:>6}|", f"{b!r:^5}|")
