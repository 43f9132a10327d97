# Comparisons of keys and items views go by size, then containment, so an items view compares
# values with == and never hashes them; & and ^ of items views look keys up in the dict.
class C:
    def __eq__(self, o): raise RuntimeError("eq")
for op in ['==', '!=', '<=', '<', '>=', '>']:
    try:
        print(op, eval('{1: C()}.items() %s {1: C()}.items()' % op))
    except RuntimeError as e:
        print(op, "RuntimeError", e)
a = {1: [1], 2: [2]}
b = {1: [1], 3: [3]}
print(a.items() == b.items(), a.items() <= {1: [1], 2: [2], 3: 0}.items(), a.keys() == {1, 2}, {1, 2} == a.keys())
print(a.keys() & {2, 5}, {2, 5} & a.keys(), a.keys() & [2, 1, 7], [2, 1] & a.keys())
print(a.keys() | [9], a.keys() - {1}, a.keys() ^ {1, 8}, {1, 8} - a.keys())
try:
    print(a.items() ^ b.items())
except TypeError as e:
    print(e)
print({1: 2, 3: 4}.items() ^ {1: 2, 5: 6}.items(), {1: 2}.items() & {(1, 2), (3, 4)})
print(a.items() & [(1, [1]), (2, [3])])
print(a.keys() < {1, 2, 3}, a.keys() > {1}, a.keys() >= a.keys(), a.values() == a.values())
print(sorted({1: 'x'}.keys() | {'a'}, key=str))
