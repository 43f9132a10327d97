# A bare raise in an outer handler keeps the frames of the original failure.
def parse(text):
    return float(text)


def load(values):
    results = []
    for v in values:
        try:
            results.append(parse(v))
        except ValueError:
            print("could not parse", repr(v))
            raise
    return results


print(load(["1.5", "2"]))
load(["3", "x"])
