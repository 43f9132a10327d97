# Calls with positional, keyword, starred, double-starred arguments and method calls.
def f(*args, **kwargs):
    return args, kwargs


a = [1, 2]
k = {"x": 1}
print(f())
print(f(1, 2))
print(f(*a))
print(f(0, *a, 3))
print(f(*a, *a))
print(f(x=1))
print(f(**k))
print(f(1, *a, y=2, **k))
print(f(**k, z=3))
print(f(*a, **{"w": 0}, **{"v": 1}))
print("abc".upper(), "a,b".split(","), [3, 1, 2].copy(), "{}".format(1), str.join("-", "ab"))
obj = {"m": f}
print(obj["m"](1, y=2), (lambda *x: x)(1, 2), f(*range(3), *"ab", key="v"))
print(f(1, 2, 3, 4, 5, 6, a=1, b=2, c=3, d=4))
