import csv
import io


def show(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)


def read(text, **kw):
    return list(csv.reader(io.StringIO(text, newline=''), **kw))


def write(rows, **kw):
    out = io.StringIO(newline='')
    w = csv.writer(out, **kw)
    for row in rows:
        w.writerow(row)
    return out.getvalue()


# Reading: quoting, doubled quotes, embedded newlines, escapes, blank lines.
show('basic', read, 'a,b,c\r\n1,2,3\r\n')
show('quoted', read, '"a,b","c""d",e\n"multi\nline",x\n')
show('blank lines', read, 'a\n\n\nb\n')
show('spaces', read, 'a, b,  c\n', skipinitialspace=True)
show('escape', read, 'a\\,b,c\n', escapechar='\\')
show('escape quoted', read, '"a\\"b",c\n', escapechar='\\', doublequote=False)
show('escape at eol', read, 'a\\\nb\n', escapechar='\\')
show('quote none', read, '"a",b\n', quoting=csv.QUOTE_NONE)
show('nonnumeric', read, '1,"2",3.5\n', quoting=csv.QUOTE_NONNUMERIC)
show('nonnumeric bad', read, 'x,1\n', quoting=csv.QUOTE_NONNUMERIC)
show('tabs', read, 'a\tb\n', delimiter='\t')
show('unterminated', read, '"abc')
show('strict unterminated', read, '"abc', strict=True)
show('strict junk', read, '"a"b,c\n', strict=True)
show('lenient junk', read, '"a"b,c\n')
show('cr in field', read, 'a\rb\n')
show('newline in unquoted', read, 'ab\r c\n')
show('bytes', read, '')
show('not text', lambda: list(csv.reader([b'a,b'])))
show('nul', read, 'a\0b,c\n')
show('nonnumeric plain', read, '1,2.5,,-3e2\n', quoting=csv.QUOTE_NONNUMERIC)
show('nonnumeric plain bad', read, '1,x\n', quoting=csv.QUOTE_NONNUMERIC)
show('cr endings', read, 'a,b\rc,d\r')
show('only newlines', read, '\r\n\r\n\n')
show('no final newline', read, 'a,b\nc')
show('trailing delimiter', read, 'a,b,\n,\n')
show('crlf run', read, 'a\n\r\nb\n')
show('quote none plain', read, 'a"b,c\n', quoting=csv.QUOTE_NONE)
r = csv.reader(['a,b\n', '"c\n', 'd"\n', 'e\n'])
for row in r:
    print('line_num', r.line_num, row)
print(type(r).__name__, type(r).__module__)

# Writing: minimal / all / nonnumeric / none quoting, escapes, empty rows.
show('w minimal', write, [['a', 'b,c', 'd"e', 'f\ng', '', None, 1, 2.5]])
show('w all', write, [['a', 1, None]], quoting=csv.QUOTE_ALL)
show('w nonnumeric', write, [['a', 1, 2.5, None, True]], quoting=csv.QUOTE_NONNUMERIC)
show('w none esc', write, [['a,b', 'c']], quoting=csv.QUOTE_NONE, escapechar='\\')
show('w none noesc', write, [['a,b']], quoting=csv.QUOTE_NONE)
show('w none empty', write, [['']], quoting=csv.QUOTE_NONE)
show('w empty field', write, [[''], [], ['', '']])
show('w nodoublequote', write, [['a"b']], doublequote=False, escapechar='\\')
show('w nodoublequote noesc', write, [['a"b']], doublequote=False)
show('w terminator', write, [['a!b', 'c\nd']], lineterminator='!')
show('w not iterable', write, [5])
show('w no write', csv.writer, 5)
show('writerow result', csv.writer(io.StringIO()).writerow, ['abc', 'de'])

# Dialects and their validation.
for kw in [dict(delimiter=''), dict(delimiter=None), dict(delimiter=5), dict(quotechar='ab'),
           dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_ALL),
           dict(escapechar=3), dict(lineterminator=None), dict(lineterminator=4),
           dict(quoting=9), dict(quoting='1'), dict(bogus=1)]:
    show('dialect %r' % (kw,), lambda: vars_of(csv.reader([], **kw).dialect))


def vars_of(d):
    return [getattr(d, n) for n in ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                                    'quotechar', 'quoting', 'skipinitialspace', 'strict')]


csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
show('pipes', write, [['a', 'b']], dialect='pipes')
show('pipes read', read, '"a"|b\n', dialect='pipes')
print(vars_of(csv.get_dialect('pipes')))
show('unknown', csv.get_dialect, 'nope')
csv.unregister_dialect('pipes')
show('unregister again', csv.unregister_dialect, 'pipes')
show('excel-tab', write, [['a', 'b']], dialect='excel-tab')
show('unix', write, [['a', 'b']], dialect=csv.unix_dialect)


class Custom(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True


show('custom', write, [["x;y", "it's"]], dialect=Custom)


class Broken(csv.Dialect):
    delimiter = ';;'


show('broken', Broken)
d = csv.excel()
show('setattr', setattr, csv.reader([], d).dialect, 'delimiter', ';')

# field_size_limit
old = csv.field_size_limit(5)
show('limit', read, 'abcdef\n')
show('limit ok', read, 'abcde\n')
print(csv.field_size_limit(old), csv.field_size_limit())
show('limit type', csv.field_size_limit, 'x')

# DictReader / DictWriter
text = 'name,age\nann,30\nbob\ncid,40,extra\n'
for row in csv.DictReader(io.StringIO(text), restval='?'):
    print(row)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['a', 'b'], extrasaction='ignore')
dw.writeheader()
dw.writerow({'a': 1, 'b': 2, 'c': 3})
dw.writerows([{'a': 'x'}, {'b': 'y,z'}])
print(repr(out.getvalue()))
show('dictwriter extra', csv.DictWriter(io.StringIO(), ['a']).writerow, {'a': 1, 'z': 2})

# Sniffer
sample = 'a;b;c\n1;2;3\n4;5;6\n'
dialect = csv.Sniffer().sniff(sample)
print(repr(dialect.delimiter), dialect.quotechar, csv.Sniffer().has_header('name,age\nann,30\nbob,40\n'))
print(list(csv.reader(io.StringIO(sample), dialect)))

# Round trips through several dialects of rows mixing every special character.
import random
rng = random.Random(7)
alphabet = ['a', 'b', ' ', ',', ';', '"', "'", '\\', '\n', '\r', '\t', '1', '.', '']
for kw in [{}, {'quoting': csv.QUOTE_ALL}, {'delimiter': ';', 'quotechar': "'"},
           {'escapechar': '\\', 'doublequote': False}, {'lineterminator': '\n'},
           {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'delimiter': '\t'}]:
    rows = [[''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
             for _ in range(rng.randint(1, 4))] for _ in range(30)]
    text = write(rows, **kw)
    print(kw, repr(text[:120]))
    print(read(text, **kw) == rows, len(read(text, **kw)))
