# augmented assignment with every operator and every target kind
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 3
x @= m
x **= 2
x <<= 1
x >>= 1
x &= 0xFF
x ^= mask
x |= flag
a.b += 1
a[0] -= 1
a[1:2] *= 2
a.b.c[d] **= e
count += (yield_ := 1)
total += sum(v for v in values)
s += 'a' 'b'
