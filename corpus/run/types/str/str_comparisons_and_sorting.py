# Ordering strings by code point, case-insensitive keys and natural-number keys.
words = ["banana", "Apple", "apple", "Banana", "cherry", "_under", "123", "~tilde", "Zebra", "zebra", "éclair", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len))
files = ["file10.txt", "file2.txt", "file1.txt", "file20.txt", "file3.txt"]


def natural(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if num:
                out.append((0, int(num)))
                num = ""
            out.append((1, ch))
    if num:
        out.append((0, int(num)))
    return out


print(sorted(files), sorted(files, key=natural))
print(max(words), min(w for w in words if w), "a" * 3 < "a" * 4, "b" > "a" * 100)
