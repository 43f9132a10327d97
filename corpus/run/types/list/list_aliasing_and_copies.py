# Aliasing, shallow copies and identity with nested lists.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 100
a[1].append(4)
print(a, b, c, d, e)
print(b is a, c is a, c[1] is a[1], e[1] is a[1])
grid = [[0] * 3] * 3
grid[1][1] = 5
print(grid, grid[0] is grid[2])
fresh = [[0] * 3 for _ in range(3)]
fresh[1][1] = 5
print(fresh)


def append_to(lst, v):
    lst.append(v)
    lst = ["rebound"]
    return lst


orig = [1]
print(append_to(orig, 2), orig)
x = [1, 2, 3]
y = x
x += [4]
print(y)
x = x + [5]
print(x, y)
