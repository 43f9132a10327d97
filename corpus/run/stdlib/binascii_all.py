import binascii

def show(f, *a, **k):
    try:
        print(f.__name__, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

data = bytes(range(256)) + b"hello world\r\n  tab\there.\n.\n=x_y "
show(binascii.hexlify, b"\x01\xab\xff")
show(binascii.hexlify, b"\x01\xab\xff\x10\x20", "-")
show(binascii.hexlify, b"\x01\xab\xff\x10\x20", b":", 2)
show(binascii.hexlify, b"\x01\xab\xff\x10\x20", b":", -2)
show(binascii.b2a_hex, bytearray(b"xyz"))
show(binascii.hexlify, "str")
show(binascii.unhexlify, "0aFF10")
show(binascii.unhexlify, b"0aF")
show(binascii.unhexlify, b"0aFg")
show(binascii.a2b_hex, "\u00e9\u00e9")
show(binascii.a2b_hex, 5)
for s in [b"", b"YQ==", b"=YQ==", b"YQ", b"Y", b"YQ=a", b"YQ==a", b"YWJj=ZA==", b"a=b=c=",
          b"\xff\xfeYQ==", b"YW Jj\nZA==", b"YWJjZA=", b"YWJjZA", b"YWJjZ"]:
    for strict in (False, True):
        show(binascii.a2b_base64, s, strict_mode=strict)
for n in range(6):
    show(binascii.b2a_base64, data[:n])
    show(binascii.b2a_base64, data[100:100 + n], newline=False)
show(binascii.a2b_base64, binascii.b2a_base64(data))
show(binascii.b2a_base64, "x")
for n in (0, 1, 2, 3, 4, 45):
    enc = binascii.b2a_uu(data[:n])
    print(enc, binascii.b2a_uu(data[:n], backtick=True), binascii.a2b_uu(enc) == data[:n])
show(binascii.b2a_uu, data[:46])
show(binascii.a2b_uu, b"")
show(binascii.a2b_uu, b"#86)C\n")
show(binascii.a2b_uu, b"#86)C  \n")
show(binascii.a2b_uu, b"#86)Cxx")
show(binascii.a2b_uu, b"#8\x7f)C")
show(binascii.a2b_uu, b"$86)C")
q = binascii.b2a_qp(data)
print(q)
print(binascii.a2b_qp(q) == data)
print(binascii.b2a_qp(data, quotetabs=True))
print(binascii.b2a_qp(data, istext=False))
print(binascii.b2a_qp(b"a b_c =d", header=True))
print(binascii.b2a_qp(b"x" * 200 + b"\r\n" + b"y " * 60 + b"\r\nend \t"))
print(binascii.b2a_qp(b"line \nnext\t\n.\n"))
print(binascii.a2b_qp(b"a=3D=3db=\r\nc=\nd==e=zz=4"))
print(binascii.a2b_qp(b"a_b=5F", header=True), binascii.a2b_qp("a_b"))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")))
print(binascii.crc32(b"abc", -1), binascii.crc32(data, 2**40 + 5), binascii.crc32(b""))
print(binascii.crc_hqx(b"abc", 0), binascii.crc_hqx(b"abc", -1), binascii.crc_hqx(data, 0x1234))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__module__, binascii.Error.__name__, binascii.Incomplete.__name__)
try:
    binascii.crc_hqx(b"x")
except TypeError as e:
    print(e)
