import _string
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for s in ['', 'abc', 'a{0!r:>{w}}b{{c}}d{x.y[1]}', '{}', '{:}', '{!s}', '{a[}', 'x}}y', '}', '{', 'a{b', '{0!}', '{0!rr}', '{0!r', '{a:{b:{c}}}', '{[x]}', '{a.b.c[0][1]:x}', '{{}}', 'tail{', '{:{}}}', 'é{é}é', '{0:}}']:
    t(lambda: list(_string.formatter_parser(s)))
for n in ['a', 'a.b[0].c', '0', '0[x]', '', 'a[', 'a[b]c', 'a.', '.b', '[0]', 'a..b', '12.x']:
    t(lambda: (lambda r: (r[0], list(r[1])))(_string.formatter_field_name_split(n)))
t(lambda: _string.formatter_parser(1))
t(lambda: type(_string.formatter_parser('')).__name__)
t(lambda: type(_string.formatter_field_name_split('a')[1]).__name__)
