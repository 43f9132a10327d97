# a generator expression as the sole argument keeps the call's parentheses
sum(x for x in y)
total = sum(x * x for x in range(10))
any(p.match(line) for p in patterns)
s = "".join(str(c) for c in cs)
f((x for x in y))
f((x for x in y), 1)
f(1, (x for x in y))
obj.meth(x for x in y if x)
dict((k, v) for k, v in pairs)
max(
    len(line)
    for line in lines
)
print(*(x for x in y))
