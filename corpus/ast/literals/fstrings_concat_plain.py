# f-strings mixed with plain strings
x = 1
a = 'a' f'{x}'
b = f'{x}' 'b'
c = 'a' f'{x}' 'b' f'{x}' 'c'
d = u'a' f'{x}'
e = f'{x}' u'b'
f = ('prefix '
     f'{x} '
     'suffix')
g = r'\d' f'{x}' rf'\w{x}'
h = '' f'' ''
i = 'plain' f'no fields'
j = f'{x}' f'{x}'
