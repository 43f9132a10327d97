# string directly followed by a name or number
x = 'a'if 1 else'b'
y = 'a'b'c'
z = 'a'1
