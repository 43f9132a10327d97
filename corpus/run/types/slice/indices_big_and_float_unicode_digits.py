# slice.indices in arbitrary precision (huge lengths, bounds and steps) and its errors; float()
# of text with other scripts' decimal digits and Unicode spaces.
print(slice(0, 10**30, 2).indices(10**25), slice(None, None, -1).indices(10**20), slice(-10**30, None).indices(5))
print(slice(1, 2, 3).indices(10), slice(None, None, -2**70).indices(3))
try: slice(0, 1, 0).indices(3)
except ValueError as e: print(e)
try: slice(0, 1).indices(-1)
except ValueError as e: print(e)
print(float("١٢٣.٥"), int("١٢٣"), float(" \u2003 1.5 \u2003"), complex("١+٢j") if False else 0)
for t in ["١٢٣.٥", "\u2003-1.5e3\u2003", "1.5\u00a0", "x1", "١٢٣x", "½", "1_000.5", "  nan ", "-inf"]:
    try: print(repr(t), float(t))
    except ValueError as e: print(e)
