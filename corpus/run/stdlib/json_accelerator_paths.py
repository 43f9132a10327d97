# json through the _json accelerator: scanner and encoder results, every decode error with its
# position, hooks, parse_* callables, keys of every kind, circular references, recursion.
import json, collections, enum, decimal
class E(enum.IntEnum):
    A = 1
docs = ['{"a": [1, 2.5, -3e2, 1E+2, 0.5e-1, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"], "b": {}}',
        '[]', '  [ 1 , { "k" : "v" } ]  ', '"\\ud800x"', '123456789012345678901234567890', '-0', '1.0', 'NaN', '[Infinity, -Infinity]',
        '{"a": 1, "a": 2}']
for d in docs:
    print(repr(json.loads(d)))
bad = ['', '[', '{', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\tb"', 'nul', '-', '01', '1.', '1e', '[1, 2', '{"a": }', '"\\ud83d\\u12"', 'tru', '1 2', '[-]', '{"a":1 "b":2}']
for d in bad:
    try: print("OK?", json.loads(d))
    except json.JSONDecodeError as e: print(repr(d), "->", e)
print(json.loads('"a\tb"', strict=False), json.loads('{"x": 1.5}', parse_float=decimal.Decimal), json.loads('[1]', parse_int=float))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
print(json.loads('[NaN]', parse_constant=lambda s: "const:" + s))
objs = [{"b": 1, "a": [1, 2.5, None, True, False, "é\n\"\\", float("inf")], 3: "int key", 2.5: "f", None: 0, True: 1},
        (1, 2), [], {}, "x\ud800", E.A, 10**30, -0.0, 1e100, [[[]]]]
for o in objs:
    print(json.dumps(o), json.dumps(o, ensure_ascii=False), json.dumps(o, separators=(",", ":")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
for bad in [{(1, 2): 3}, float("nan"), {1, 2}, object()]:
    try: print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
d = {}; d["d"] = d
try: json.dumps(d)
except ValueError as e: print(e)
print(json.dumps(collections.OrderedDict([("z", 1), ("a", 2)])), json.dumps({"a": 1}, default=str), json.dumps(set([1]), default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o): return {"set": sorted(o)}
print(Enc().encode({"s": {3, 1}}), json.dumps([1, {"a": 2}], indent=2))
try: json.dumps({1: 2, "a": 3}, sort_keys=True)
except TypeError as e: print(e)
from json import decoder, scanner, encoder
print(decoder.scanstring is not None, scanner.make_scanner.__name__, encoder.c_make_encoder is not None)
print(json.decoder.scanstring('"abc\\n" tail', 1), encoder.encode_basestring_ascii("é😀\x7f"), encoder.encode_basestring("é\x01\x7f"))
nested = "[" * 100000 + "]" * 100000
try: json.loads(nested)
except RecursionError as e: print(e)
