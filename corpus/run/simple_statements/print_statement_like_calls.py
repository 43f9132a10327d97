# print() used as a statement with sep, end, file and flush keywords.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print()
print(*range(5), sep=" < ")
print("to stderr", file=sys.stderr)
print("to stdout explicitly", file=sys.stdout, flush=True)
print("sep None", "end None", sep=None, end=None)
print("file None", file=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=b"")
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


col = Collector()
print("captured", 1, 2, file=col, sep="-")
print(col.parts)
sys.stdout.write("direct write\n")
print(sys.stdout.write("counted\n"))
sys.stderr.write("stderr direct\n")
