# code.replace(co_linetable=...) takes any bytes: instructions the table gives no line have
# tb_lineno and f_lineno None, and malformed tables read as CPython reads them (entries start
# at bytes with the top bit set; fields run on to the buffer's closing NUL).
import sys, traceback
def f():
    1/0
f.__code__ = f.__code__.replace(co_linetable=b'\xf8\xf8\xf8\xf9\xf8\xf8\xf8')
try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_lineno, tb.tb_frame.f_lineno, list(f.__code__.co_lines()), list(f.__code__.co_positions())[:3])
def g():
    return 1
for junk in (b"", b"\xff", b"\x80\x00", b"\xe8" + b"\xff" * 12, bytes(range(256))):
    g.__code__ = g.__code__.replace(co_linetable=junk)
    print(g(), list(g.__code__.co_lines())[:4])
try:
    g.__code__.replace(co_linetable="x")
except TypeError as e:
    print(e)
f2 = lambda: 1/0
f2.__code__ = f2.__code__.replace(co_linetable=b'\xf8\xf8\xf8\xf9\xf8\xf8\xf8')
f2()
