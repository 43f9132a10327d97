import io
import marshal


def show(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__, e)


values = [None, True, False, ..., StopIteration, 0, 1, -1, 255, 256, -5, 2**31 - 1, -2**31,
          2**31, 2**62, -2**63, 2**100, -(3**80), 0.0, -0.0, 1.5, 1e300, float('inf'),
          complex(1, -2), 'abc', '', 'h\u00e9llo \U0001f600', 'x' * 300, b'', b'bytes',
          (), (1, 'a'), tuple(range(300)), [1, [2, [3]]], {'a': 1, 2: (3,)},
          {1, 2, 3}, frozenset(), frozenset({'a'}), {'nested': [{'x': (1.0, None)}]}]
for v in values:
    for version in (marshal.version, 2, 3):
        back = marshal.loads(marshal.dumps(v, version))
        print(repr(v)[:60], back == v, type(back).__name__)
print(marshal.version)

# What CPython wrote, loaded by both.
show('int', marshal.loads, b'\xe9\x39\x30\x00\x00')
show('tuple', marshal.loads, b'\xa9\x02\xe9\x01\x00\x00\x00\xda\x01a')
show('trailing', marshal.loads, b'N extra')
show('bytearray', marshal.loads, bytearray(b'T'))
show('empty', marshal.loads, b'')
show('bad code', marshal.loads, b'\x01')
show('short', marshal.loads, b'i\x01\x00')
show('str arg', marshal.loads, 'N')
show('bytearray value', lambda: marshal.loads(marshal.dumps(bytearray(b'ab'))))
show('unmarshallable', marshal.dumps, object())
show('subclass', marshal.dumps, type('I', (int,), {})(3))
show('function', marshal.dumps, len)

# Code objects survive the round trip and run.
code = compile('x = 6 * 7\nresult = [i * x for i in range(3)]\n', 'm.py', 'exec')
ns = {}
exec(marshal.loads(marshal.dumps(code)), ns)
print(ns['result'])

# dump / load through files, several objects in a row.
f = io.BytesIO()
marshal.dump({'k': [1, 2]}, f)
marshal.dump('second', f)
marshal.dump(3.25, f, 2)
f.seek(0)
print(marshal.load(f), marshal.load(f), marshal.load(f))
show('load at end', marshal.load, f)
