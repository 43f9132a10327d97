with a as False:
    pass
