# Ellipsis as a placeholder value, in slicing, and in type hints.
def stub():
    ...


print(stub(), ... is Ellipsis, type(...).__name__, bool(...), str(...), repr(Ellipsis))


class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[...], g[..., 0], g[1:2, ...], g[...][0] if isinstance(g[...], tuple) else "not a tuple")
sentinel = ...
print([x if x is not ... else "missing" for x in [1, ..., 3]])
print({...: "key"}[...], hash(...) == hash(Ellipsis), ... == ..., ... != None)
