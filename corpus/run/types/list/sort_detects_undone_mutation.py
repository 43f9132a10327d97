# list.sort() detects a list changed by the comparison function even when the change was
# undone (append then pop): CPython checks whether the emptied list was ever grown.
from functools import cmp_to_key

L = [3, 1, 2]

def mutating_cmp(x, y):
    L.append(3)
    L.pop()
    return (x > y) - (x < y)

try:
    L.sort(key=cmp_to_key(mutating_cmp))
except ValueError as e:
    print("ValueError:", e)
print(sorted(L))

M = [5, 4]

def appending_key(x):
    M.append(x)
    return x

try:
    M.sort(key=appending_key)
except ValueError as e:
    print("ValueError:", e)
print(M)

N = [2, 1]

def looking_key(x):
    return (len(N), x)

N.sort(key=looking_key)
print(N)
