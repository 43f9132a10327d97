# Output on both streams and an explicit exit status.
import sys

print("to stdout")
print("to stderr", file=sys.stderr)
for i in range(3):
    if i == 2:
        break
    print(i, end=" ")
else:
    print("not reached")
print()
sys.exit(3)
