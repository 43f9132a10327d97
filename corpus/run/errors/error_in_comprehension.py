# A traceback that goes through a list comprehension frame.
def invert(values):
    return [1 / v for v in values]


print(invert([1, 2, 4]))
print(invert([1, 0]))
