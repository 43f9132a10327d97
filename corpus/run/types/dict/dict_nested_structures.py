# Nested dicts: building, walking, updating and printing with recursion.
tree = {}


def insert(path, value):
    node = tree
    for part in path[:-1]:
        node = node.setdefault(part, {})
    node[path[-1]] = value


insert(["usr", "bin", "python"], 1)
insert(["usr", "lib", "libc"], 2)
insert(["etc", "hosts"], 3)
insert(["usr", "bin", "ls"], 4)
print(tree)


def walk(node, prefix=""):
    for k, v in node.items():
        if isinstance(v, dict):
            yield from walk(v, prefix + k + "/")
        else:
            yield prefix + k, v


print(list(walk(tree)))


def depth(node):
    return 1 + max((depth(v) for v in node.values() if isinstance(v, dict)), default=0)


print(depth(tree), len(tree["usr"]), sum(v for _, v in walk(tree)))
inverted = {v: k for k, v in walk(tree)}
print(inverted)
