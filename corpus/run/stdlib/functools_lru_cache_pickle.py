# An lru_cache wrapper pickles by reference: __reduce__ gives its __qualname__, so loading
# finds the same module-level object; copy and deepcopy return the wrapper itself.
import copy
import functools
import pickle


@functools.lru_cache(maxsize=8)
def square(x):
    return x * x


@functools.cache
def cube(x):
    return x ** 3


class Holder:
    @functools.lru_cache
    def method(self, x):
        return x


print(square.__reduce__(), cube.__reduce__(), Holder.method.__reduce__())
for f in (square, cube, Holder.method):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        print(proto, pickle.loads(pickle.dumps(f, proto)) is f)
    print(copy.copy(f) is f, copy.deepcopy(f) is f)
print(square(4), cube(2), square.cache_info())

# Both the lru_cache wrapper and partial objects can be weakly referenced.
import weakref

r = weakref.ref(square)
print(r() is square)
p = functools.partial(pow, 2)
rp = weakref.ref(p)
print(rp() is p, rp()(5))
