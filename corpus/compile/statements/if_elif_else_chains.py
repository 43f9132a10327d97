# if/elif/else with every kind of test: comparisons, boolean operators, calls, walrus, not.
def classify(n, flag=False):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10 and not flag:
        return "small"
    elif n < 10 or flag:
        return "small-or-flag"
    elif (half := n // 2) > 50:
        return f"big {half}"
    elif n in (11, 12, 13):
        return "teen"
    elif not (n % 2):
        return "even"
    else:
        return "odd"


for n in [-1, 0, 5, 5, 200, 12, 20, 21]:
    print(n, classify(n), classify(n, True))
x = 3
if x:
    print("truthy")
if not x:
    print("never")
else:
    pass
if x > 1:
    if x > 2:
        if x > 3:
            print("deep")
        else:
            print("three")
