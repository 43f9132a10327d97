# unterminated strings with prefixes
a = b'xx
b = rb"yy
c = f'zz
