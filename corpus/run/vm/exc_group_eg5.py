try:
    raise TypeError('plain')
except* TypeError as e:
    print(repr(e), e.exceptions)
try:
    try:
        raise ExceptionGroup('x', [ValueError('a'), KeyError('b')])
    except* ValueError:
        pass
except ExceptionGroup as g:
    print('rest', repr(g))
try:
    raise ExceptionGroup('y', [ValueError('a')])
except* (TypeError, ValueError) as e:
    print('tuple match', repr(e))
e = ExceptionGroup('z', [ValueError(1), ExceptionGroup('w', [TypeError(2)])])
print(e.subgroup(lambda x: isinstance(x, TypeError)), e.split(OSError))
try:
    try:
        raise ValueError('inner')
    except* ValueError:
        raise KeyError('from handler')
except* KeyError as k:
    print('outer', repr(k), repr(k.exceptions[0].__context__))
