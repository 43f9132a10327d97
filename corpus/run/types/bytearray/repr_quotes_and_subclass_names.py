# bytearray's repr: the type's own name (a subclass's too) and, unlike bytes', a single quote
# escaped whichever quote the literal uses.
class B(bytearray):
    pass


for data in (b"a'b", b'a"b', b'a\'"b', b"\\'", b'', b'\x00\xff\t\n\r\x7f'):
    print(repr(bytearray(data)), repr(B(data)), repr(bytes(data)), str(bytearray(data)))
B.__name__ = 'Renamed'
print(repr(B(b"it's")))
