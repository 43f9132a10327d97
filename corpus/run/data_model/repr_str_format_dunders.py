# __repr__, __str__ and __format__ and the places each is used.
class Both:
    def __repr__(self):
        return "Both<repr>"

    def __str__(self):
        return "Both<str>"

    def __format__(self, spec):
        return f"Both<format:{spec!r}>"


b = Both()
print(b)
print(repr(b), str(b), format(b), format(b, ">10"))
print(f"{b} {b!r} {b!s} {b:xyz}")
print([b], (b,), {"k": b})
print("%s %r" % (b, b))
print("{} {!r} {:spec}".format(b, b, b))


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr(), ""))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print("TypeError:", e)


class BadStr:
    def __str__(self):
        return 5


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return None


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class StrSub(str):
    def __str__(self):
        return "custom"


print(str(StrSub("orig")), repr(StrSub("orig")), StrSub("orig") + "!")
print(repr(int), repr(Both), str(Both), repr(None), repr(...), repr(NotImplemented))
print(type(b).__name__, type(b).__qualname__, type(b).__module__)
