for ... in x:
    pass
