# TypeError: unhashable type when using a list as a dict key.
index = {}
for word in ["a", "b"]:
    index[word] = len(index)
print(index)
index[["c", "d"]] = 2
