if (a and
    b):
c = 1
