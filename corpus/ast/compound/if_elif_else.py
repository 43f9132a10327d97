# if / elif / else chains
if a:
    pass
if a:
    x = 1
else:
    x = 2
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if a: x = 1
elif b: x = 2
else: x = 3
if a:
    if b:
        pass
    else:
        pass
else:
    if c:
        pass
if (a and
        b):
    pass
