# if/elif/else chains with truthiness of many kinds of values.
def classify(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool"
    elif isinstance(v, int) and v < 0:
        return "negative int"
    elif isinstance(v, int):
        return "non-negative int"
    elif not v:
        return "empty/falsy " + type(v).__name__
    else:
        return "other " + type(v).__name__


for v in [None, True, -3, 0, 7, "", [], "x", [0], 0.0, {}, {1: 2}]:
    print(repr(v), "->", classify(v))
x = 15
if x % 3 == 0:
    if x % 5 == 0:
        print("fizzbuzz")
    else:
        print("fizz")
elif x % 5 == 0:
    print("buzz")
if []:
    print("never")
elif ():
    print("never")
else:
    print("only else")
if (n := 10) > 5:
    print("walrus in if", n)
