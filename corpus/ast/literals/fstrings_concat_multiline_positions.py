# f-string parts of one implicit concatenation on different lines
x = 1
y = 2
a = ('plain first '
     f'{x} second '
     f'then {y}')
b = (f'{x}'
        f'{y}'
            'tail')
c = f'{x}' \
    f'{y}'
d = call(f'one {x}',
         f'two {y}' 'three'
         f'four {x + y!r:>{y}}')
