# unary operators, stacked
-x
+x
~x
not x
--x
-+-x
~~x
not not x
-~+x
not -x
y = - 1
y = -1
y = +1.5
y = ~0
y = -(-x)
y = not (x and y)
y = -x.attr
y = -x[0]
y = -f()
