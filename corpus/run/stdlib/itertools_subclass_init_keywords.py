# A subclass of an iterator type that takes no keywords may take them when it defines its own
# __init__; without one, the keywords are the base constructor's error.
from itertools import *
for cls, args in [(filter, (None, [0, 1])), (map, (str, [1])), (chain, ([1],)), (cycle, ([1],)),
                  (islice, ([1, 2], 1)), (takewhile, (bool, [1])), (dropwhile, (bool, [1])),
                  (filterfalse, (bool, [0])), (starmap, (max, [(1, 2)]))]:
    class Sub(cls):
        pass
    class SubInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    for c in (cls, Sub):
        try:
            c(*args, newarg=3)
        except TypeError as e:
            print(c.__name__, e)
    u = SubInit(*args, newarg=3)
    print(cls.__name__, u.newarg, list(islice(u, 0, 2)))
