# no cookie: default UTF-8, invalid byte on line 4
x = 1
y = 2
z = "é"
