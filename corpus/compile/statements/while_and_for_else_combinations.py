# Loops whose else clauses contain loops, try blocks and returns, nested three deep.
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return r, c
    else:
        i = 0
        while i < 3:
            i += 1
            if i == 5:
                break
        else:
            try:
                return "not found", i
            finally:
                pass


print(search([[1, 2], [3, 4]], 3), search([[1]], 9))


def countdown(n):
    out = []
    while n:
        n -= 1
        for ch in "ab":
            if n == 1 and ch == "b":
                break
            out.append(f"{n}{ch}")
        else:
            out.append("inner-else")
    else:
        out.append("outer-else")
    return out


print(countdown(3))
