import base64

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 7)),
           b"\xfb\xff\xfe subjects?_"]
for s in samples:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s)
    print(base64.urlsafe_b64encode(s), base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s)
    print(base64.standard_b64encode(s), base64.b64encode(s, altchars=b"-_"))
    print(base64.b32encode(s), base64.b32decode(base64.b32encode(s)) == s)
    print(base64.b32hexencode(s), base64.b32hexdecode(base64.b32hexencode(s)) == s)
    print(base64.b16encode(s), base64.b16decode(base64.b16encode(s)) == s)
    print(base64.b85encode(s), base64.b85decode(base64.b85encode(s)) == s)
    print(base64.b85encode(s, pad=True))
    print(base64.a85encode(s), base64.a85decode(base64.a85encode(s)) == s)
    print(base64.a85encode(s, adobe=True, wrapcol=10, foldspaces=True))
print(base64.b64decode("Zm9vYmFy"), base64.b64decode(b"Zm9v\nYmFy"))
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(bytes(range(100)))) == bytes(range(100)))
print(base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"MZXW6===", map01=b"L"))
for bad in [b"Zm9", b"Zm9v!"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except Exception as e:
        print(type(e).__name__, e)
try:
    base64.b32decode(b"MZXW6==")
except Exception as e:
    print(type(e).__name__, e)
try:
    base64.b16decode(b"abc")
except Exception as e:
    print(type(e).__name__, e)
