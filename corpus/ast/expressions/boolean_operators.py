# and/or produce flat BoolOp nodes per operator run
a and b
a or b
a and b and c and d
a or b or c or d
a and b or c and d
a or b and c or d
(a or b) and (c or d)
a and (b and c)
x = not a and not b or not c
y = a or (b or c) or d
z = (a and
     b and
     c)
value = config.get('x') or default or None
