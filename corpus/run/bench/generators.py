# Generator-heavy code (in the spirit of pyperformance's "generators" workload, written for
# krait): in-order traversal of a binary tree with `yield from`, generator pipelines, and
# generator expressions consumed by builtins.
N = 8


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def take_every(it, k):
    i = 0
    for x in it:
        if i % k == 0:
            yield x
        i += 1


def main(depth):
    tree = build(0, 2 ** depth)
    total = 0
    for _ in range(3):
        total += sum(tree)
    print(total)
    print(sum(take_every(squares(evens(iter(tree))), 3)))
    print(max(x % 1000 for x in squares(range(2 ** depth * 4))))


main(N)
