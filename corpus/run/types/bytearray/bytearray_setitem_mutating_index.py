# bytearray[i] = v converts v before checking i against the length, so an __index__ that
# empties the array makes the store fail with IndexError (GH-91153), not write past the end.
class Boom:
    def __index__(self):
        b.clear()
        return 65

b = bytearray(b"Now you see me...")
try:
    b[0] = Boom()
except IndexError as e:
    print("IndexError:", e)
print(b)

b = bytearray(b"abc")
b[-1] = Boom() if False else 100
print(b)
try:
    b[3] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    b[0] = 256
except ValueError as e:
    print("ValueError:", e)
del b[0]
print(b)
