# precedence: | < ^ < & < shifts < arithmetic
x = a | b ^ c & d << e + f
x = a & b | c & d
x = a ^ b ^ c
x = a << b << c
x = a >> b + c
x = (a | b) ^ (c & d)
x = a | b | c | d
x = ~a & ~b | -c ^ +d
mask = (flags & 0xFF) << 8 | (other >> 4) & 0x0F
