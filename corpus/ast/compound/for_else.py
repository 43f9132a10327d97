# for loops with targets of every shape and else clauses
for x in y:
    pass
for x in y:
    pass
else:
    pass
for i, v in enumerate(seq):
    pass
for (a, b), c in items:
    pass
for [a, *b] in rows:
    pass
for x, in singles:
    pass
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
for obj.attr in values:
    pass
for d['k'] in values:
    pass
for x in range(10):
    if x == 5:
        break
else:
    print('not found')
