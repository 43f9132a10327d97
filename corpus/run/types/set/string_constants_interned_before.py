# Set displays of string constants: CPython rebuilds a frozenset constant when interning swaps one
# of its strings for an object interned before, by start-up or by the parser (an identifier of
# this module: a name, an attribute, a keyword argument, a class pattern's keyword), and the
# rebuilt set can iterate in another order.
import types

# Interned by start-up ('alpha', 'beta', 'gamma', 'epsilon', 'theta'; not 'delta', 'zeta', 'eta').
print({'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'})

# 'celery' is an attribute name below.
print({'elder', 'melon', 'celery', 'carrot', 'turnip', 'cherry', 'kiwi'})
o = types.SimpleNamespace()
o.celery = 1

# 'raisin' is a keyword argument name below.
print({'carrot', 'grape', 'dates', 'raisin', 'apple', 'olive', 'peach'})
d = dict(raisin=2)

# 'honeydew' is a class pattern's keyword below.
print({'grape', 'peach', 'squash', 'apple', 'berry', 'honeydew', 'turnip'})
match o:
    case types.SimpleNamespace(honeydew=3):
        print('no')
    case types.SimpleNamespace(celery=c):
        print('celery', c, d)

# Membership tests use the same constants.
for w in ['kiwi', 'raisin', 'honeydew', 'lemon']:
    print(w, w in {'elder', 'melon', 'celery', 'carrot', 'turnip', 'cherry', 'kiwi'},
          w in {'grape', 'peach', 'squash', 'apple', 'berry', 'honeydew', 'turnip'})
