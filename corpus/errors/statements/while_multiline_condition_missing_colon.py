while (a and
       b)
    pass
