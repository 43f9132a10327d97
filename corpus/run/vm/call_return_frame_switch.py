# Python-to-Python calls and returns switch frames inside one run of the instruction loop;
# what the switch must keep: the caller's instruction and stack, frame objects that outlive
# their frame, f_back chains, the recursion limit at the same depth, and the instructions run
# inline around calls (COPY/SWAP of augmented subscripts, IS_OP, JUMP_IF_*_OR_POP).
import sys


def leaf(a, b=10):
    return a + b


def middle(n):
    # The caller's value stack holds partial results across each call.
    return [leaf(n), leaf(n, 1), leaf(leaf(n))] + [leaf(i) for i in range(2)]


print(middle(5))


def keep_frame():
    x = 42
    return sys._getframe()


f = keep_frame()
print(f.f_code.co_name, f.f_locals["x"], f.f_back is None, f.f_lineno)


def chain(n):
    if n == 0:
        fr = sys._getframe()
        names = []
        while fr is not None and fr.f_code.co_name != "<module>":
            names.append((fr.f_code.co_name, fr.f_lineno))
            fr = fr.f_back
        return names
    return chain(n - 1)


print(chain(3))


def caller_line():
    return sys._getframe(1).f_lineno


def report():
    a = caller_line()
    b = caller_line()
    return a, b


print(report())


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


limit = sys.getrecursionlimit()
sys.setrecursionlimit(120)
first = depth(0)
second = depth(0)
sys.setrecursionlimit(limit)
print(first == second, first > 50)


def boom():
    raise ValueError("from a callee")


def catcher():
    total = 0
    for i in range(3):
        try:
            total += boom()
        except ValueError as e:
            total += len(str(e))
    return total


print(catcher())


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


def pick(a, b):
    return (a or b), (a and b)


print([type(x).__name__ for x in pick(Truth(False), 3)])
print(pick(0, "b"), pick("a", 0), pick(None, None) is not None)


class Bad:
    def __bool__(self):
        raise RuntimeError("no truth")


try:
    Bad() or 1
except RuntimeError as e:
    print("or:", e)

try:
    Bad() and 1
except RuntimeError as e:
    print("and:", e)

v = [1.5, 2.5, 3.5]
d = {"k": 1}
for i in range(3):
    v[i] -= leaf(i, 0) * 0.5
    d["k"] += leaf(i)
print(v, d)

s = None
print(s is None, s is not None, leaf is leaf, [] is [])


def gen_calls(n):
    for i in range(n):
        yield leaf(i)


print(list(gen_calls(4)), sum(leaf(i) for i in range(4)))


def returns_after_del():
    class D:
        def __del__(self):
            print("del in callee")

    d = D()
    return "returned"


print(returns_after_del())
