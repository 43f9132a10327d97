# str(): default, objects, bytes with encoding and errors.
print(repr(str()), str(1), str(-0.0), str(1e100), str([None]), str((1,)), str({1}), str(b"x"), str(bytearray(b"y")))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"\xff", "utf-8", "ignore"), str(b"\xff", errors="replace"))
print(str(object=5), str(encoding="ascii", object=b"kw"))
for args in [(b"\xff", "utf-8"), (5, "utf-8"), ("s", "utf-8")]:
    try:
        str(*args)
    except (UnicodeDecodeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class S:
    def __str__(self):
        return "S-instance"


class NotStr:
    def __str__(self):
        return 42


print(str(S()), [str(x) for x in (S(), 1, "a")])
try:
    str(NotStr())
except TypeError as e:
    print("TypeError:", e)
