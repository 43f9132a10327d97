# keywords and soft keywords are NAME tokens
match = case = _ = type = 1
if True and not None or False: pass
async def f(): await x
lambda: (yield)
