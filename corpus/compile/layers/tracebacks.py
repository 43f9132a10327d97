# An uncaught exception deep in nested calls: the traceback's lines and carets come from the
# location table, so both .pyc files must print the same report and exit with status 1.
def outer(values):
    return middle(values, 2)


def middle(values, index):
    total = values[0] + \
        values[index]
    return total


class Box:
    def __init__(self, items):
        self.items = items

    def first(self):
        return outer(self.items)


print("before")
box = Box([1, 2])
print(box.first())
