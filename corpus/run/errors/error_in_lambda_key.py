# The failing frame is a lambda used as a sort key.
people = [{"name": "a", "age": 3}, {"name": "b"}]
print(sorted(people[:1], key=lambda p: p["age"]))
print(sorted(people, key=lambda p: p["age"]))
