# try/except/else/finally inside loops with break and continue.
results = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        if i == 2:
            raise ValueError(i)
    except ValueError:
        results.append(f"except {i}")
    else:
        results.append(f"else {i}")
    finally:
        results.append(f"finally {i}")
print(results)
n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)
attempts = 0
while attempts < 5:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
        print("succeeded on attempt", attempts)
        break
    except ConnectionError as e:
        print("retry after", e)
else:
    print("never succeeded")


def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            try:
                if v == target:
                    return (r, c)
            finally:
                if v == target:
                    print("  found, finally runs before return")
    return None


print(search([[1, 2], [3, 4]], 3))
