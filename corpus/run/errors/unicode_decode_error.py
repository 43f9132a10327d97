# UnicodeDecodeError from decoding bytes that are not UTF-8.
data = b"caf\xc3\xa9 ok"
print(data.decode("utf-8"))
bad = b"caf\xe9"
print(bad.decode("utf-8"))
