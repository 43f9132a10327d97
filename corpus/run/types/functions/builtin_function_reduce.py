# Built-in functions pickle by name (meth_reduce returns the name, found again as a global
# of __module__); built-in methods bound to an object reduce to getattr(obj, name).
import copy
import pickle

for f in (len, iter, max, abs):
    print(f.__reduce__(), pickle.loads(pickle.dumps(f)) is f)
r = [].append.__reduce__()
print(r[0].__name__, r[1])
m = pickle.loads(pickle.dumps([1, 2].count))
print(m(2), m.__name__)
print(copy.deepcopy(len) is len, copy.copy(print) is print)
d = {"k": 1}
g = pickle.loads(pickle.dumps(d.get))
print(g("k"), g("missing", 0))
