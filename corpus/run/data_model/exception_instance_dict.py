# Exception instances keep a __dict__ reachable through BaseException's descriptor: readable,
# replaceable, not deletable, and carried through pickling.
class E(Exception):
    pass
e = E('x'); e.a = 1
print(e.__dict__, vars(e), ValueError('v').__dict__, '__dict__' in dir(E), '__dict__' in E.__dict__)
e.__dict__ = {'b': 2}
print(e.b, vars(e))
try:
    del e.__dict__
except TypeError as err:
    print("TypeError", err)
import pickle
r = pickle.loads(pickle.dumps(e))
print(type(r).__name__, r.args, vars(r))
E2 = type('E2', (KeyError,), {})
k = E2('k'); k.note = 'n'; print(vars(k), repr(k))
