# breakpoint() hands its arguments to sys.breakpointhook; the default hook follows
# $PYTHONBREAKPOINT ('0' disables it, a dotted name or a builtin's name picks the callable).
import os
import sys
import warnings

print(sys.breakpointhook is sys.__breakpointhook__)

calls = []


def hook(*args, **kws):
    calls.append((args, sorted(kws.items())))
    return 'hooked'


sys.breakpointhook = hook
print(breakpoint(1, 2, three=3))
print(calls)
sys.breakpointhook = sys.__breakpointhook__

os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())

os.environ['PYTHONBREAKPOINT'] = 'len'
print(breakpoint('abcd'))

os.environ['PYTHONBREAKPOINT'] = 'os.path.join'
print(breakpoint('a', 'b'))

for envar in ['.', '..', '.foo', 'foo.', 'int.', '.foo.bar', 'nosuchbuiltin', 'nosuch.mod']:
    os.environ['PYTHONBREAKPOINT'] = envar
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = breakpoint()
    print(envar, r, [(x.category.__name__, str(x.message)) for x in w])

del os.environ['PYTHONBREAKPOINT']
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
