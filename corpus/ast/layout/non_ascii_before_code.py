# non-ASCII strings earlier on a line shift byte offsets of later nodes
s = "héllo"; t = x + y
x = "日本語" + y
print("€", a.b, c[d])
d = {'ключ': value, 'other': f(x)}
r = ('ü', 'é', z)[2] if "😀" else w
call("ñ", keyword=other.attr, *args, **kwargs)
y = "ä" if a else "ö"; z = lambda q: "ß" + q
assert "Ω" in s, "γ" + s
m = ["中", ["文", [deep]]]
if "é" == s: pass
e = '😀😀😀'; ee = [e, e]
