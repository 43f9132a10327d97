# non-ASCII text before replacement fields: byte offsets differ from char offsets
x = 1
a = f'é{x}'
b = f'日本語 {x} and {x + 1}'
c = 'ü' f'{x}'
d = f'😀{x}😀{x}'
e = f'{x}€{x:>{x}}'
f = ('ä'
     f'ö{x}')
g = f"""Ωmega
ßeta {x}"""
h = 'é'; i = f'{x}'
