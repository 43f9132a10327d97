# function type comment on the first line of the body
def add(a, b):
    # type: (int, int) -> int
    return a + b

def doc(a):
    # type: (str) -> str
    """Docstring follows the type comment."""
    return a

class C:
    def method(self, x, *args):
        # type: (int, *str) -> None
        pass
