# The __slots__ type() refuses, with CPython's errors: non-identifiers, names that clash with
# class variables, a second __dict__ or __weakref__, slots on variable-size bases.
class B:
    pass
cases = [((), {'__slots__': b'x'}), ((int,), {'__slots__': 'x'}), ((), {'__slots__': ''}), ((), {'__slots__': '42'}),
         ((), {'__slots__': 'x\x00y'}), ((), {'__slots__': 'x', 'x': 0}), ((), {'__slots__': ('__dict__', '__dict__')}),
         ((), {'__slots__': ('__weakref__', '__weakref__')}), ((B,), {'__slots__': '__dict__'}), ((B,), {'__slots__': '__weakref__'})]
for bases, ns in cases:
    try:
        type('A', bases, ns)
        print("ok", ns)
    except Exception as e:
        print(type(e).__name__, e)
for bases, ns in [((type,), {'__slots__': ('x',)}), ((type,), {'__slots__': ()}), ((tuple,), {'__slots__': ()}), ((bytes,), {'__slots__': '__weakref__'}), ((object,), {'__slots__': ('__dict__', '__weakref__', 'a')}), ((float,), {'__slots__': ('__dict__', 'a')}), ((str,), {'__slots__': ('a',)}), ((Exception,), {'__slots__': ('a', '__weakref__')}), ((list,), {'__slots__': ('__weakref__',)})]:
    try:
        C = type('A', bases, ns)
        print("ok", bases, ns, hasattr(C, '__weakref__'))
    except Exception as e:
        print(type(e).__name__, e)
