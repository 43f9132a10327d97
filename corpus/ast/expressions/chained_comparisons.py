# chained comparisons produce a single Compare node
0 <= x < 10
a < b < c < d
a == b != c
a is b is not c in d not in e
lo <= value <= hi
x = 1 < 2 > 3 == 4 >= 5 <= 6 != 7
y = (a < b) < c
z = a < (b < c)
w = a < b and b < c
if 0 < len(items) <= limit and items[0] is not None:
    pass
