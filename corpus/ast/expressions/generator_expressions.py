# parenthesised generator expressions
g = (x for x in y)
g = (x for x in y if x for z in x)
g = ((x, y) for x in a for y in b)
g = (x for x in (y for y in z))
g = (
    line.strip()
    for line in open('f')
    if line
)
n = next((i for i, v in enumerate(vs) if v), -1)
