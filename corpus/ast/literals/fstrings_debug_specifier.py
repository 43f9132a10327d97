# the = debugging specifier
x = 1
a = f'{x=}'
b = f'{x = }'
c = f'{x=!r}'
d = f'{x=!s}'
e = f'{x=:>10}'
f = f'{x=!r:^20}'
g = f'{x + 1=}'
h = f'{x.real=} {x.imag = }'
i = f'value: {x=}, next: {x+1 = }'
j = f'{x  =  }'
k = f'{x=:{x}}'
