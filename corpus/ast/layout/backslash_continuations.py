# explicit line joining with backslashes
total = 1 + \
    2 + \
    3
if a and \
   b:
    pass
x = \
    5
with open('a') as a, \
     open('b') as b:
    pass
assert x, \
    'message'
from os import \
    path
value = obj \
    .method() \
    .other
s = 'abc' \
    'def'
def f(a,
      b) \
        -> int:
    return \
        a
