# ZeroDivisionError from % inside a function called through another.
def bucket(value, buckets):
    return value % buckets


def distribute(values, buckets):
    return [bucket(v, buckets) for v in values]


print(distribute([1, 5, 9], 4))
print(distribute([1, 5, 9], 0))
