# TypeError from comparing incompatible values inside sorted().
scores = {"ann": 90, "bob": 85, "cat": None}
print(sorted(v for v in scores.values() if v is not None))
ranking = sorted(scores, key=scores.get, reverse=True)
print(ranking)
