# set and dict comprehensions
s = {x for x in data}
s = {x.lower() for x in words if x}
d = {k: v for k, v in pairs}
d = {v: k for k, v in mapping.items() if v is not None}
d = {i: [j for j in range(i)] for i in range(5)}
d = {(a, b): a * b for a in r for b in r if a < b}
d = {**{k: 1 for k in a}}
s = {frozenset(x) for x in groups for _ in (0,)}
