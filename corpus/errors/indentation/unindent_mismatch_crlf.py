if x:
        a
    b
