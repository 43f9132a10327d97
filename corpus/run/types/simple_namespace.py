# types.SimpleNamespace: keyword construction, attribute changes seen through __dict__ and
# vars(), equality, repr (recursive too), pickling and copying, subclasses.
import copy
import pickle
import types

ns = types.SimpleNamespace(a=1, b=[2, 3])
ns.c = "x"
print(ns, ns.__dict__, vars(ns))
vars(ns)["d"] = 4
print(ns.d, sorted(ns.__dict__))
del ns.a
print(ns, ns == types.SimpleNamespace(b=[2, 3], c="x", d=4), ns != types.SimpleNamespace())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(ns, proto))
    print(proto, back, back == ns, back is not ns)
shallow, deep = copy.copy(ns), copy.deepcopy(ns)
print(shallow.b is ns.b, deep.b is ns.b, deep == ns)


class Sub(types.SimpleNamespace):
    pass


s = Sub(x=1)
print(s, type(s).__name__, s.__dict__, s == types.SimpleNamespace(x=1))
r = types.SimpleNamespace()
r.me = r
print(r)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
