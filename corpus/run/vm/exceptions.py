# try/except/else/finally, raise from, chaining, custom exceptions, sys.exc_info.
import sys
class AppError(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
def risky(n):
    if n == 0:
        raise ValueError('zero')
    if n == 1:
        raise AppError(42)
    return n
for n in range(3):
    try:
        r = risky(n)
    except ValueError as e:
        print('value', e, e.args)
    except AppError as e:
        print('app', e, e.code, repr(e))
    else:
        print('ok', r)
    finally:
        print('finally', n)
def f():
    try:
        return 'try'
    finally:
        print('in finally')
print(f())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError('k') from e
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError('during')
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    raise RuntimeError
except RuntimeError as e:
    print(sys.exc_info()[0].__name__, repr(e), str(e) == '')
print(sys.exc_info())
def gen_error():
    yield 1
    raise StopIteration
try:
    list(gen_error())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
try:
    assert 1 == 2, 'math'
except AssertionError as e:
    print('assert', e)
e = KeyError('missing')
print(str(e), repr(e), str(KeyError()), str(OSError(2, 'No such file')))
try:
    {}['x']
except LookupError as err:
    print(type(err).__name__, err)
x = 5
try:
    del undefined_thing
except NameError as e:
    print(e)
class Ctx:
    def __enter__(self):
        print('enter'); return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v)
        return True
with Ctx() as c:
    raise ValueError('swallowed')
print('after with')
def deep(n):
    if n == 0:
        raise ValueError('deep error')
    deep(n - 1)
try:
    deep(3)
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print('traceback depth', depth)
raise AppError(7)
