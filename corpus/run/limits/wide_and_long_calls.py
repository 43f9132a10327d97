# Calls with many arguments, deep call chains and wide literal displays.
def many(*args, **kwargs):
    return len(args), len(kwargs), sum(args), sum(kwargs.values())


args = list(range(5000))
kwargs = {f"k{i}": i for i in range(2000)}
print(many(*args, **kwargs))


def chain(n):
    return n if n == 0 else chain(n - 1) + 1


print(chain(900))
wide = [*range(100000)]
print(len(wide), wide[-1])
big_tuple = tuple(range(70000))
print(len(big_tuple), big_tuple[35000], hash(big_tuple) == hash(tuple(range(70000))))
code = "f(" + ", ".join(str(i) for i in range(300)) + ")"
print(eval(code, {"f": lambda *a: sum(a)}))
src = "x = [" + ",".join(str(i) for i in range(3000)) + "]"
ns = {}
exec(src, ns)
print(len(ns["x"]), ns["x"][-1])
