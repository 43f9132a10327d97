# conditional expressions and their nesting
x = a if b else c
x = a if b else c if d else e
x = (a if b else c) if d else e
x = a if (b if c else d) else e
x = [a if b else c for a in d]
x = f(a if b else c, d)
x = lambda: a if b else c
x = (lambda: a) if b else (lambda: c)
x = a or b if c and d else e
x = (
    'yes'
    if condition
    else 'no'
)
