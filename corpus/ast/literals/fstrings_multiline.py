# multi-line f-strings: positions of fields on later lines
x = 1
y = 2
a = f"""first {x}
second {y}
third {x + y}"""
b = f'''
    {x}
        {y!r:>{x}}
'''
c = (f'one {x}'
     f'two {y}')
d = f"""{
    x
    +
    y
}"""
def report(items):
    return f"""
Report
======
count: {len(items)}
first: {items[0] if items else None!r}
"""
