# types.MethodType(function, instance) and its argument errors.
import types
class A: pass
m = types.MethodType(lambda self, x: (self.__class__.__name__, x), A())
print(m(3))
for args in [(1, 2), (len, None), (len,), (len, 1, 2)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(e)
try:
    types.MethodType(len, 1, x=2)
except TypeError as e:
    print(e)
