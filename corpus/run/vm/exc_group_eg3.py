def leaf(i):
    raise ValueError(f'leaf {i}')
excs = []
for i in range(17):
    try:
        leaf(i)
    except ValueError as e:
        excs.append(e)
def deep(n):
    if n == 0:
        return ExceptionGroup('bottom', [KeyError('k')])
    return ExceptionGroup(f'level {n}', [deep(n - 1)])
try:
    raise ValueError('ctx')
except ValueError:
    eg = ExceptionGroup('many', excs + [deep(12)])
    eg.add_note('multi\nline note')
    raise eg
