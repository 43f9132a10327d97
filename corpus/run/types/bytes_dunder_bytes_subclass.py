# bytes(x) returns what x.__bytes__() gives, a bytes subclass instance included; a subclass
# constructor converts it to its own type.
class BytesSubclass(bytes):
    pass


class Other(bytes):
    pass


class WithBytes:
    def __init__(self, v):
        self.v = v

    def __bytes__(self):
        return self.v


for v in (b"abc", BytesSubclass(b"abc"), Other(b"xyz")):
    r = bytes(WithBytes(v))
    print(type(r).__name__, r, r is v)
    s = BytesSubclass(WithBytes(v))
    print(type(s).__name__, s)
try:
    bytes(WithBytes("str"))
except TypeError as e:
    print(e)
