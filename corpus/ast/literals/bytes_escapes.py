# escapes in bytes literals
a = b'\x00\xff'
b = b'\101\102'
c = b'\n\r\t\\\'\"'
d = b'\a\b\f\v\0'
e = b'\777'[0:0] if False else b''
f = B"\x7f"
g = br'\x00'
h = b'\u00e9'
i = b'\N{BULLET}'
j = b'abc\
def'
