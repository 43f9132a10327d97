# The deepest module: `from ..sub import twice` climbs one level.
print("deep body:", __name__)
LEVEL = 3
if __package__:
    from ..sub import twice
    print("deep twice:", twice(LEVEL))
