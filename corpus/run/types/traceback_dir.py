# dir() of a traceback lists its four attributes, in sorted order.
try:
    raise IndexError
except IndexError as e:
    tb = e.__traceback__
    print(dir(tb), tb.__dir__())
    print(tb.tb_lineno, tb.tb_next, type(tb.tb_frame).__name__, tb.tb_lasti >= 0)
