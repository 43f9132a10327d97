# varied expressions inside replacement fields
d = {'a': 1}
x = [1, 2]
a = f'{d["a"]}'
b = f"{d['a']}"
c = f'{ {"k": 1}["k"] }'
e = f'{(lambda y: y * 2)(3)}'
f = f'{x[0] if x else None}'
g = f'{", ".join(map(str, x))}'
h = f'{x!r:{len(x)}}'
i = f'{(n := 3)}'
j = f'{[y for y in x]}'
k = f'{x[0]:{x[1]}}'
l = f'{3.14:.1f}'
m = f'{-x[0]}'
n = f'{x,}'
o = f'{*x,}'
p = f'{x[0]}{x[1]}'
