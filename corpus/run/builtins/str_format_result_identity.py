# What str.format, format_map and % return when the result is one whole str object: CPython's
# writer hands back that very object (a format string without fields or conversions is returned
# as it is, subclass included; a lone field or %s gives the formatted object), else a new string.
class S(str): pass
class F:
    c = 'cached'*2
    def __format__(self, spec): return F.c
    def __str__(self): return F.c
class E:
    def __format__(self, spec): return ''
t = 'xyz'*2
s = S('abc')
print(('%s' % t) is t, ('%s' % (t,)) is t, ('%r' % t) is t, ('%s' % s) is s, type('%s' % s).__name__)
print(('abc' % {}) , type(s % {}).__name__, (t % {}) is t, (t % ()) is t, type(s % ()).__name__)
print('{}'.format(F()) is F.c, '{:}'.format(s) is s, type('{}'.format(s)).__name__, '{0}{1}'.format('', s) is s, '{!r}'.format(t) is t)
print('{}{}'.format('', t) is t, '{}{}'.format(t, '') is t, '{:}'.format(t) is t, '{!s}'.format(t) is t, '{0}'.format(t) is t, 'a{{'.format(), '{{}}'.format() == '{{}}')
print('{}{}'.format(E(), t) is t, 'x{}'.format(t) is t, '{}x'.format(t) is t)
print(type(S('a{{b').format()).__name__, type(S('').format()).__name__, type(S('x').format_map({})).__name__, type(s.format(1)).__name__)
print(t.format() is t, t.format_map({}) is t, ''.format() == '', repr('%s' % ''))
try:
    'abc' % 5
except TypeError as e:
    print("TypeError:", e)
try:
    'abc'.format_map(5)
except TypeError as e:
    print("TypeError:", e)
print(type(s % []).__name__)
