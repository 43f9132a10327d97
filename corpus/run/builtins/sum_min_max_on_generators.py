# Reductions over generators, key functions, and defaults with empty inputs.
data = [("a", 3), ("b", 1), ("c", 3), ("d", 0)]
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]), max((v for _, v in data)), sum(v for _, v in data))
print(max((v for v in []), default="empty"), min([], key=len, default=None), sum((), 100))
print(sorted(data, key=lambda t: t[1])[0], any(v == 0 for _, v in data), all(isinstance(k, str) for k, _ in data))
print(max("a", "bb", "ccc", key=len), min("zz", "y", key=len), max([[1, 2], [3]], key=sum))
print(sum(range(1, 101)) // len(range(1, 101)), max(range(0)) if False else "skip", sum([0.5] * 4, start=1))
