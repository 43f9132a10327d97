# The container builtins with iterators, generators and mappings as input.
gen = (i * 2 for i in range(4))
print(tuple(gen), tuple(gen))
print(list(map(str, range(3))), set("hello") == {"h", "e", "l", "o"}, dict(enumerate("ab")))
print(dict([("a", 1)], b=2), dict(zip("xy", range(2))), dict({"k": 1}.items()), dict.fromkeys("ab", []))


class Mapping:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, k):
        return k.upper()


print(dict(Mapping()), {**Mapping()}, list(Mapping().keys()))
print(frozenset(range(3)), set(frozenset([1])), list(reversed(range(3))), tuple(sorted({3, 1, 2})))
print(list(dict(a=1)), list({"a": 1}.values()), list({"a": 1}.items()))
