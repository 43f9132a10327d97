# int() and float() read any object exporting a buffer as the bytes it holds.
from array import array

for make in (bytes, bytearray, memoryview, lambda b: array("B", b)):
    shown = make is not memoryview
    x = make(b" 3.14  ")
    print(type(x).__name__, float(x))
    y = make(b" 42 ")
    print(type(y).__name__, int(y), float(y))
    for bad in (b"x1", b"1e"):
        for conv in (int, float):
            try:
                conv(make(bad))
            except ValueError as e:
                print(conv.__name__, e if shown else type(e).__name__)
try:
    float(array("d", [1.5]))
except ValueError as e:
    print("ValueError", str(e)[:40])
