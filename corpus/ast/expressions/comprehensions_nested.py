# nested for/if clauses and comprehensions inside comprehensions
r = [x + y + z for x in a if x for y in b if y if y > x for z in c]
r = [[[k for k in j] for j in i] for i in m]
r = {k: {kk: vv for kk, vv in v.items()} for k, v in d.items()}
r = [x for x in (y for y in z)]
r = sum(sum(v for v in row if v > 0) for row in table)
r = [x for x in range(10) for x in range(x)]
r = [
    cell.value
    for row in sheet.rows
    if row
    for cell in row
    if cell is not None
]
r = [(yield_, i) for i, yield_ in enumerate(items) if (n := i)]
