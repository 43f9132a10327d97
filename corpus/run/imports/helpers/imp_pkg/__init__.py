# A regular package: its namespace, a relative import of a submodule, a package constant.
print("imp_pkg init:", __name__)
VALUE = 10
if __package__:
    from . import sub
    from .sub import twice
    print("imp_pkg sees sub:", sub.__name__, twice(VALUE))
