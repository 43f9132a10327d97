# A module that replaces itself in sys.modules: `import` binds the replacement.
import sys


class Replacement:
    answer = 99

    def __repr__(self):
        return "<Replacement>"


if __name__ != "__main__":
    sys.modules[__name__] = Replacement()
print("selfreplace ran")
