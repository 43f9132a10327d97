# TypeError for a missing argument in a nested call.
def area(width, height):
    return width * height


def report(shapes):
    for s in shapes:
        print("area", area(*s))


report([(2, 3), (4, 5)])
report([(1, 2), (7,)])
