def f():
    raise ValueError('bad value')
try:
    f()
except ValueError as e:
    err = e
eg = ExceptionGroup('outer', [err, TypeError('t'), ExceptionGroup('inner', [KeyError('k'), OSError(2, 'x')])])
eg.add_note('a note')
try:
    raise eg
except* ValueError as m:
    print('matched', repr(m), m.exceptions)
except* KeyError:
    print('key')
