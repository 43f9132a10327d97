# bytes literals concatenate only with bytes
a = b'a' b'b'
b = b'a' B"b" br'\c' rb'd'
c = (b'\x00'
     b'\xff')
d = b'''multi
line''' b'tail'
e = b'' b''
