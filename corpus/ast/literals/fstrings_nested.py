# f-strings nested inside f-strings
x = 'a'
a = f"{f'{x}'}"
b = f"{f'{x!r}'!s}"
c = f'''{f"{f'{x}'}"}'''
d = f"{x:{f'{1}'}}"
e = f"{'-'.join(f'<{c}>' for c in x)}"
f = f"outer {f'inner {x} inner'} outer"
