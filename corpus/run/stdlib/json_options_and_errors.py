# json: dumps/loads options, default=, object_hook and object_pairs_hook, custom encoders,
# and the messages of the errors the pure-Python json raises.
import json
from collections import OrderedDict

data = {"name": "krait", "tags": ["py", "rust"], "n": 3, "pi": 3.25, "ok": True,
        "none": None, "nested": {"z": 1, "a": [1, 2, {"k": "v"}]}, "uni": "é€😀\n\t\"\\"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ": ")))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
print(json.dumps([1e300, 0.1, -0.0, 10**20, 2**70]))
print(json.dumps("x" * 3), json.dumps(None), json.dumps(()))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def default(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot serialise {type(o).__name__}")

s = json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, default=default, sort_keys=True)
print(s)

def hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d

back = json.loads(s, object_hook=hook)
print(type(back["p"]).__name__, back["p"].x, back["p"].y, back["s"])
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads("[1.5, 2, 3e2]", parse_float=str, parse_int=lambda t: int(t) * 10))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda c: "const:" + c))
print(json.loads(' {"u": "\\u00e9\\ud83d\\ude00", "esc": "a\\nb\\/c"} '))
print(json.loads(b'{"bytes": [1, 2]}'), json.loads('"\\u20ac"'.encode("utf-16")))
print(json.loads("[]"), json.loads("{}"), json.loads('"s"'), json.loads("  -12 "))

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)

print(json.dumps([1j, 2 + 3j], cls=MyEncoder))
print(MyEncoder(indent=1).encode({"c": 1 - 1j}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))

for bad in ['{"a": 1,}', "[1, 2", "", "nul", '{"a" 1}', '"unterminated', "[1] x",
            '{1: 2}', "[01]", '"\\ud800"', "1e", "[1,]"]:
    try:
        print(repr(bad), "->", json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno)

for bad_obj in [{(1, 2): 3}, object(), [float("nan")], b"bytes"]:
    try:
        print(json.dumps(bad_obj, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    json.dumps({"p": Point(1, 2)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"q": [Point(0, 0)]}, default=lambda o: o.nope)
except AttributeError as e:
    print("AttributeError:", e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"b": 1, "a": [2]}, skipkeys=True, sort_keys=True, indent=3))
print(json.dumps({(1,): 1, "k": 2}, skipkeys=True))
