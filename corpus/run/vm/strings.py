# str methods, slicing, repr, formatting.
s = "Hello, World"
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize())
print(s[0], s[-1], s[2:5], s[::2], s[::-1], s[100:], len(s))
print(s.find('o'), s.rfind('o'), s.index('W'), s.count('l'), s.replace('l', 'L', 2))
print(s.split(', '), 'a b  c'.split(), 'a,b,,c'.split(','), 'x'.join(['1', '2', '3']))
print(s.startswith('Hell'), s.endswith(('d', 'x')), s.partition(', '), s.rpartition('o'))
print('  pad  '.strip(), '--x--'.strip('-'), 'abc'.center(9, '*'), 'abc'.ljust(5) + '|', '7'.zfill(3))
print('isdigit', '123'.isdigit(), 'abc'.isalpha(), 'a1'.isalnum(), '  '.isspace(), 'Ab'.istitle())
print(repr('quote\'s'), repr("dq\""), repr('tab\tnl\n'), repr('é\x00\u1234'), ascii('é'))
print('%s is %d years, %.2f%%' % ('Bob', 30, 99.5), '%5s|%-5s|%05d' % ('a', 'b', 42))
print('{} {} {}'.format(1, 'two', 3.0), '{1}{0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{:>8}|{:<8}|{:^8}|{:08.3f}|{:,}|{:x}|{:#b}|{:e}'.format('r', 'l', 'c', 3.14159, 1234567, 255, 5, 12345.678))
print(f"{s!r:>20}", f"{3.14159:.2f}", f"{'nested':{'^'}{10}}", f"{1+1=}")
print('abc' * 3, 'a' in 'cat', 'z' not in 'cat', 'ß'.upper(), 'ǅ'.lower())
print(str(123), str(1.5), str([1, 'a']), str(None), repr(b'bytes\xff'), b'ab' + b'cd')
print('line1\nline2\r\nline3'.splitlines(), 'a\tb'.expandtabs(4), 'hello'.encode())
print(sorted('banana'), list(reversed('abc')), max('hello'), 'x'.isidentifier())
try:
    'abc'[10]
except IndexError as e:
    print('IndexError', e)
print('%(name)s=%(val)r' % {'name': 'k', 'val': 'v'}, '%c%c' % (72, 'i'), '%x %o %e' % (255, 8, 1234.5))
