# simple statements collected in one function body
def everything(a, *rest, **opts):
    global G
    x = a
    x += 1
    y: int = x
    z, *w = rest
    del w
    assert z, 'need z'
    import os.path as osp
    from json import loads
    pass
    if not opts:
        raise ValueError('no opts')
    for k in opts:
        if k.startswith('_'):
            continue
        break
    def inner():
        nonlocal x
        x = 0
    return x, y, osp, loads
