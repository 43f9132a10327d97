# json.dumps/loads: formatting options, types, and errors.
import json

obj = {"name": "Ann", "age": 31, "tags": ["a", "b"], "ok": True, "none": None, "ratio": 0.25, "nested": {"x": [1, {"y": 2}]}}
s = json.dumps(obj)
print(s)
print(json.dumps(obj, indent=2, sort_keys=True))
print(json.dumps(obj, separators=(",", ":")), json.dumps("é😀"), json.dumps("é", ensure_ascii=False))
back = json.loads(s)
print(back == obj, type(back["ratio"]).__name__, json.loads("[1, 2.0, -3e2, \"\\u00e9\", null, false]"))
print(json.dumps([float("inf"), float("nan")]), json.dumps((1, 2)), json.dumps({1: "int key"}))
for bad in ["{'a': 1}", "[1, 2", "", "nul"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "JSONDecodeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"d": object}, default=lambda o: f"<{o.__name__}>"))
