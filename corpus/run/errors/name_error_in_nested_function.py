# NameError raised three calls deep.
def level_one():
    return level_two() + 1


def level_two():
    return level_three() * 2


def level_three():
    print("in level three")
    return undefined_helper()


print("start")
level_one()
