# ValueError from int() on bad input.
raw = ["12", "7", "4x", "9"]
parsed = []
for r in raw:
    parsed.append(int(r))
    print("parsed", parsed)
