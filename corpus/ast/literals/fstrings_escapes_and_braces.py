# escapes, doubled braces and raw f-strings
x = 1
a = f'\n{x}\t'
b = f'{{'
c = f'}}'
d = f'{{{x}}}'
e = rf'\d{x}\w'
f = fr'{x}\n'
g = f'\N{BULLET} {x}'
h = f'\x41{x}\u00e9'
i = f'a\
b{x}'
j = f'{x}\\'
