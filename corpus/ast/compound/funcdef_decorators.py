# decorators, including PEP 614 arbitrary expressions
@dec
def a(): pass
@dec()
def b(): pass
@mod.dec
def c(): pass
@mod.sub.dec(1, key='v')
def d(): pass
@first
@second(arg)
@third.attr
def e(): pass
@buttons[0].clicked.connect
def f(): pass
@(lambda fn: fn)
def g(): pass
@x if y else z
def h(): pass
@registry['name'].register(priority=-1)
def i(): pass
@functools.lru_cache(maxsize=None)
async def j(): pass
@ d  .  e
def k(): pass
@x := y
def l(): pass
@a or b
def m(): pass
@f(x)(y)
def n(): pass
