# A submodule with a helper function and a relative import of a sibling subpackage.
print("imp_pkg.sub body:", __name__)


def twice(x):
    return 2 * x


if __package__:
    from .inner import deep
    print("sub imported", deep.__name__, deep.__package__)
