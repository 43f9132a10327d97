# json.dumps of dicts (the C encoder): an exact dict's pairs are read from its table, a
# subclass's through items(); sort_keys sorts them in place; nesting too deep fails with the
# encoder's own RecursionError message.
import json


class Items(dict):
    def items(self):
        return [('b', 2), ('a', 1)]


print(json.dumps({'z': 1, 'a': [1, {'y': None, 'b': True}]}, sort_keys=True))
print(json.dumps(Items(q=0)), json.dumps(Items(q=0), sort_keys=True))
try:
    json.dumps({1: 'x', 'a': 'y'}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
for make in (lambda d: {"k": d}, lambda d: [d], lambda d: {"k": [d]}):
    d = {}
    for _ in range(2000):
        d = make(d)
    for kw in ({}, {'sort_keys': True}, {'indent': 1}):
        try:
            json.dumps(d, **kw)
        except RecursionError as e:
            print(kw, e)
