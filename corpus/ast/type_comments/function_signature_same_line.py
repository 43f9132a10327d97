# function type comment on the def line
def add(a, b):  # type: (int, int) -> int
    return a + b

def greet(name, greeting='hello'):  # type: (str, str) -> str
    return greeting + name

def nothing():  # type: () -> None
    pass

def star(*args, **kwargs):  # type: (*int, **str) -> None
    pass

class C:
    def method(self, x):  # type: (int) -> bool
        return bool(x)
