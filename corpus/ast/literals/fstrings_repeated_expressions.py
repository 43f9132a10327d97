# the same expression text appears several times, or also in literal text
x = 1
a = f'{x}{x}'
b = f'x = {x}'
c = f'{x} and x and {x!r}'
d = f'xx {x:{x}} {x=}'
e = f'value {value} value' if False else ''
f = 'x' f'{x}' 'x' f'x{x}'
g = f'{x}' f'{x}'
h = f'{x + 1} x + 1 {x + 1}'
