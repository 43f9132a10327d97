# Tuples as records: packing, unpacking in loops, swapping, and comparisons of records.
records = [("bob", 25, "nyc"), ("amy", 31, "sf"), ("cat", 25, "la")]
for name, age, city in records:
    print(f"{name:>4} {age:3} {city}")
print(sorted(records, key=lambda r: (r[1], r[0])), max(records, key=lambda r: r[1])[0])
names, ages, cities = zip(*records)
print(names, ages, cities, sum(ages) / len(ages))
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = (1, 2, 3)
x, y, z = z, x, y
print(x, y, z)
point = 3, 4
print(point, type(point).__name__, (point[0] ** 2 + point[1] ** 2) ** 0.5)
print(tuple(sorted((3, 1, 2))), (1, 2) + (3,) * 2, ((1, 2),) * 2, tuple(reversed((1, 2, 3))))
