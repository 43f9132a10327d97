# Augmented assignment on every mutable and immutable builtin type.
i = 5; i += 2; i *= 3; i -= 1; i //= 4; i **= 2; i %= 7; i <<= 3; i >>= 1; i |= 1; i &= 0xF; i ^= 5
print(i)
f = 1.5; f += 1; f *= 2; f /= 4; f **= 2; f -= 0.25; f //= 0.5; f %= 3
print(f)
c = 1j; c += 1; c *= c; c /= 2j; c **= 2; c -= 1
print(c)
s = "ab"; s += "cd"; s *= 2
print(s)
b = b"x"; b += b"y"; b *= 3
print(b)
t = (1,); t += (2,); t *= 2
print(t)
l = [1]; l += [2]; l += "ab"; l *= 2
print(l)
ba = bytearray(b"q"); ba += b"r"; ba *= 2
print(ba)
st = {1, 2}; st |= {3}; st &= {2, 3, 4}; st -= {2}; st ^= {5}
print(st)
fs = frozenset({1}); orig = fs; fs |= {2}
print(fs, orig, fs is orig)
d = {"a": 1}; d |= {"b": 2}
print(d)
