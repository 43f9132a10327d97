# def and class statements executed repeatedly inside loops create fresh objects each time.
funcs = []
classes = []
for i in range(3):
    def f(x, i=i):
        return x + i

    class K:
        value = i

    funcs.append(f)
    classes.append(K)
print([f(10) for f in funcs], [k.value for k in classes], funcs[0] is funcs[1], classes[0] is classes[1])
print(len({f.__code__ for f in funcs}), [f.__name__ for f in funcs], [k.__qualname__ for k in classes])
registry = {}
for name in ["alpha", "beta"]:
    def handler(n=name):
        return f"handled {n}"
    handler.__name__ = f"handle_{name}"
    registry[name] = handler
print({k: (v(), v.__name__) for k, v in registry.items()})
