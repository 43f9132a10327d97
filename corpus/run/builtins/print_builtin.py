# print(): sep, end, file and flush keywords with unusual values.
print()
print(1, "two", 3.0, None, [4], sep="")
print(*"abc", sep=" | ", end=" <end>\n")
print("a", "b", sep="\n")
print("x", end="")
print("y", end="\n\n")
print("tab", "separated", sep="\t")
print(*[], sep="never")
print(sep="only keywords")
print("unicode é 日本 😀")


class Writer:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)
        return len(s)

    def flush(self):
        self.chunks.append("<flush>")


w = Writer()
print("to", "writer", file=w, flush=True)
print(w.chunks)


class Str:
    def __str__(self):
        return "custom str"


print(Str(), [Str()][0], sep=":")
for kwargs in [{"sep": 1}, {"end": 2}, {"file": 3}, {"unknown": 4}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
