# Built-in functions, methods and types carry CPython's docstrings and text signatures, which
# inspect.signature and functools.wraps read.
import inspect
print(repr(len.__doc__)[:80])
print(repr(str.join.__doc__)[:80])
print(repr(list.__doc__)[:80])
print(repr(dict.get.__doc__)[:80])
print(repr(int.__doc__)[:80])
print(getattr(len, '__text_signature__', 'none'))
try:
    print(inspect.signature(len))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(inspect.signature(str.join))
except Exception as e:
    print(type(e).__name__, e)
for f in [len, "".join, [].append, {}.get, int.from_bytes, dict.fromkeys, str.__new__, divmod]:
    print(inspect.signature(f))
print(float.__doc__.splitlines()[0], dict.items.__doc__, list.sort.__text_signature__)
print(ValueError.__doc__, KeyError.__doc__, type(None).__doc__)
import functools
w = functools.wraps(max)(lambda *a: max(*a))
print(w.__doc__.splitlines()[0], w.__name__)
