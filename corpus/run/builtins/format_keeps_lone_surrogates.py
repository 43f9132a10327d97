# str.format, format(), %-formatting and padding keep lone surrogates (text decoded with
# surrogateescape, as difflib.diff_bytes does with file names) instead of replacing them.
s = b'\xb3odz'.decode('ascii', 'surrogateescape')
t = '\udc80'
print(ascii('--- {}{}{}'.format(s, '', '\n')))
print(ascii('{0}{1}{0}'.format(s, t)), ascii('{x}'.format(x=s)), ascii('{}'.format(s)))
print(ascii('{:>8}'.format(s)), ascii('{!r}'.format(s)), ascii('{!s:5}'.format(t)), ascii('{:.2}'.format(s)))
print(ascii(f'{s}{t}'), ascii(f'{s!r}'), ascii(f'{s:>7}'), ascii('%s-%s' % (s, t)), ascii('%r' % s))
print(ascii('%5s' % t), ascii('%-6s|' % s), ascii('%.2s' % s), ascii('--- %s' % s), ascii('%(k)s' % {'k': t}))
print(ascii('x'.join([s, t])), ascii(s + t), ascii(s * 2), ascii(s.upper()), ascii(s.replace('o', t)))
print(ascii('{\udc80}'.format_map({'\udc80': 1})), ascii('\udc80{}'.format(1)), ascii('{}\udc80'.format(2)))
print(ascii(format(s, '')), ascii(format(s, '>6')), ascii(format(s, '^7')), ascii(str.format('{0[0]}', [s])))
print(ascii(s.ljust(6)), ascii(s.center(7, '*')), ascii(s.encode('ascii', 'surrogateescape')))
import difflib
for line in difflib.diff_bytes(difflib.unified_diff, [b'one'], [b'two \xe9'], b'\xb3a.txt', b'\xc5\x82b.txt'):
    print(line)
print(ascii('\udc80%s|%(\udc81)s' % {'\udc81': 2}), ascii('\udc80%d' % 5))
