# Unpacking assignment consumes iterators and generators exactly as needed.
def gen(n):
    for i in range(n):
        print(f"  yield {i}")
        yield i


a, b, c = gen(3)
print(a, b, c)
try:
    a, b = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = gen(2)
except ValueError as e:
    print("ValueError:", e)
first, *rest = gen(4)
print(first, rest)
k1, k2 = {"one": 1, "two": 2}
v1, v2 = {"one": 1, "two": 2}.values()
print(k1, k2, v1, v2)
(x, y), z = zip("ab", "cd"), "z"
print(x, y, z)
s1, s2, s3 = "abc"
print(s1 + s2 + s3)
b1, b2 = b"hi"
print(b1, b2)
r1, *r2 = range(5)
print(r1, r2)
(only,) = {42}
print(only)
[m] = [[1, 2]]
print(m)
