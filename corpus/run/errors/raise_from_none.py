# raise ... from None hides the original exception in the traceback.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ValueError(f"unknown key {key!r}") from None


print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
