# functools.lru_cache hashes its key once per call (hit, miss and eviction alike), and
# copy.copy of a partial shares its argument tuple and keyword dict, as CPython's C versions do;
# struct rejects formats with NUL characters and its unpack iterator cannot be made directly.
import copy
import functools
import struct

calls = 0


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        global calls
        calls += 1
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and other.v == self.v


for maxsize in (1, 2, None):
    calls = 0

    @functools.lru_cache(maxsize=maxsize)
    def f(x, y):
        return x.v * 3 + y

    k = Key(5)
    print(f(k, 1), calls, f.cache_info())
    print(f(k, 1), calls, f.cache_info())
    print(f(Key(6), 2), calls, f.cache_info())
    print(f(k, 1), calls, f.cache_info())

p = functools.partial(max, [1, 2], key=len)
c = copy.copy(p)
print(c.args is p.args, c.keywords == p.keywords, c.func is p.func)

for fmt in ("\0", "2\0i", b"\0"):
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print("error:", e)
it_type = type(struct.Struct(">ibcp").iter_unpack(b""))
try:
    it_type()
except TypeError as e:
    print("TypeError:", e)
