# Set-like operations on dict keys and items views, and their result types.
inv_a = {"apple": 3, "pear": 1, "kiwi": 0}
inv_b = {"pear": 1, "kiwi": 2, "plum": 5}
ka, kb = inv_a.keys(), inv_b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb), type(ka & kb).__name__)
print(sorted(inv_a.items() & inv_b.items()), sorted(inv_a.items() - inv_b.items()))
print(ka == {"apple", "pear", "kiwi"}, ka < {"apple", "pear", "kiwi", "x"}, ka.isdisjoint({"z"}))
print("pear" in ka, ("pear", 1) in inv_a.items(), ("pear", 2) in inv_a.items(), 3 in inv_a.values())
print(sorted(ka | ["extra"]), sorted(ka & ("apple", "nope")))
try:
    inv_a.values() | {1}
except TypeError as e:
    print("TypeError:", e)
try:
    ("unhashable", [1]) in inv_a.items()
except TypeError as e:
    print("TypeError:", e)
print(len(ka), list(reversed(ka)), list(reversed(inv_a.values())))
