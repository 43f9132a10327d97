for i in x:
    break i
