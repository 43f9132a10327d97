with a as 1, b as c:
    pass
