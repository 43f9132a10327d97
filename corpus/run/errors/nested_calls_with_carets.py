# A traceback with several frames, each showing a caret range under the failing expression.
def mean(values):
    return sum(values) / len(values)


def normalise(rows):
    return [[v / mean(row) for v in row] for row in rows]


def pipeline(data):
    cleaned = [r for r in data if r is not None]
    return normalise(cleaned)


print(pipeline([[1, 2, 3], [4, 5]]))
print(pipeline([[1, 2], None, [0, 0]]))
