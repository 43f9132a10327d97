# dict displays with unpacking, nesting and trailing commas
a = {}
b = {'k': 1}
c = {'a': 1, 'b': 2,}
d = {**a}
e = {**a, 'x': 1, **b, 'y': 2}
f = {1: {2: {3: {}}}}
g = {(1, 2): [3], None: ..., True: False}
h = {
    'name': 'krait',
    'version': (0, 1),
    **c,
}
i = {k: v for k, v in h.items()}
j = {'lambda': lambda: 0, 'cond': 1 if a else 2}
