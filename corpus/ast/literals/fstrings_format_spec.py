# format specs, including nested replacement fields in specs
x = 3.14159
w = 10
p = 3
a = f'{x:>10}'
b = f'{x:.2f}'
c = f'{x:{w}.{p}f}'
d = f'{x:{w}}'
e = f'{x:}'
f = f'{x:{"<" if w else ">"}{w}}'
g = f'{now:%Y-%m-%d %H:%M}'
h = f'{x!r:^10}'
i = f'{x:0{w}d}'
j = f'{x:,}'
k = f'{x:{{}}>}' if False else ''
l = f'{x:=^+#020,.3f}'
m = f'{x:{w}{p}}'
