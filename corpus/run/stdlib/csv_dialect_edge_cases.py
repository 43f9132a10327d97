# csv reading and writing across dialect settings: quoted fields over several lines, escapes,
# QUOTE_NONNUMERIC conversions, strict mode, the field size limit, and the writer's quoting
# of every kind of plain value, with the module's errors.
import csv
import io


def read(text, **kw):
    try:
        return list(csv.reader(io.StringIO(text, newline=""), **kw))
    except (csv.Error, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)


print(read('a,"b\nc",d\r\ne,f\n'))
print(read('a,"b""q",c\n"x"y,z\n'))
print(read('a,"b"x\n', strict=True))
print(read('1,2.5,"s"\n', quoting=csv.QUOTE_NONNUMERIC))
print(read('1,abc\n', quoting=csv.QUOTE_NONNUMERIC))
print(read('a\\,b,c\\\nd\n', escapechar="\\"))
print(read('"a\\"b",c\n', escapechar="\\", doublequote=False))
print(read('a; b;  c\n', delimiter=";", skipinitialspace=True))
print(read('"unterminated\n'), read('"unterminated\n', strict=True))
print(read('a,b\rc\n'))
print(read('x\x00y,z\n'), read('é,ü\n'))
old = csv.field_size_limit(5)
print(read('abcdef,g\n'), read('"abcdefgh"\n'))
csv.field_size_limit(old)
r = csv.reader(['a,b', 'c,"d', 'e"', 'f'])
print([row for row in r], r.line_num)
try:
    list(csv.reader([b"bytes"]))
except csv.Error as e:
    print("Error:", e)


def write(rows, **kw):
    out = io.StringIO()
    w = csv.writer(out, **kw)
    try:
        for row in rows:
            w.writerow(row)
    except (csv.Error, TypeError) as e:
        return "%s: %s" % (type(e).__name__, e)
    return out.getvalue()


rows = [[1, "a,b", 'q"x', None, 2.5, True, "", "line\nbreak"], ("t", 3), [""], [], [10**30]]
for quoting in range(4):
    print(repr(write(rows, quoting=quoting, escapechar="\\")))
print(repr(write(rows)))
print(repr(write([["a,b"]], quoting=csv.QUOTE_NONE)))
print(repr(write([[""]], quoting=csv.QUOTE_NONE)))
print(repr(write([["x\\y", 'q"']], escapechar="\\", doublequote=False)))
print(repr(write([["a", "b"]], delimiter="\t", lineterminator="\n", quotechar="'")))
print(repr(write([iter(["g", "h"]), {"k": 1}, "str"])))
print(repr(write([1])))
