# Defaults evaluated in the defining scope; lambdas in class bodies and defaults referencing class names.
y = "global y"


def make(y="default from def"):
    return lambda: y


class K:
    y = "class y"
    get = lambda self, y=y: y
    direct = lambda self: y


print(make()(), make("arg")(), K().get(), K().direct())


def kwdefaults(*, a=y, b=len(y)):
    return a, b


print(kwdefaults())
