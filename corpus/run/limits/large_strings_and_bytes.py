# Multi-megabyte strings and bytes: repetition, joins, searches and slicing.
s = "abc" * 10 ** 6
print(len(s), s[:6], s[-6:], s.count("ca"), s.find("cab", 2999990), s.rfind("ab"))
t = "-".join(str(i) for i in range(10 ** 5))
print(len(t), t[:20], t[-20:])
b = bytes(range(256)) * 4096
print(len(b), b[:4], b[-4:], b.count(b"\x00"), sum(b[:1024]))
ba = bytearray(2 ** 20)
ba[::4096] = b"\x01" * 256
print(len(ba), ba.count(1))
u = "é" * 500000 + "日本" * 250000
print(len(u), len(u.encode("utf-8")), u[499999:500002])
parts = s.split("b")
print(len(parts), parts[:3], parts[-1])
print(s.replace("abc", "x")[:5], len(s.replace("b", "")), s.upper()[:3])
