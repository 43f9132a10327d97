# UnboundLocalError: a local name read before assignment.
total = 10


def add_to_total(n):
    print("adding", n)
    total = total + n
    return total


add_to_total(5)
