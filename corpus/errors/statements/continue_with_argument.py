while x:
    continue 2
