def outer():
    def inner():
        for i in range(3):
            if i:
                x = [i for i in]
        return 1
    return inner
