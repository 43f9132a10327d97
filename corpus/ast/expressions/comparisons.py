# every comparison operator
a < b
a > b
a == b
a >= b
a <= b
a != b
a in b
a not in b
a is b
a is not b
x = a < b
x = (a is not None)
x = not a in b
x = a not  in  b
x = a is  not  b
x = a in (b,) in c
