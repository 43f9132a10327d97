# raise and raise from
def f():
    raise
def g():
    raise ValueError
def h():
    raise ValueError('message')
def i():
    raise KeyError(key) from None
def j():
    try:
        pass
    except OSError as exc:
        raise RuntimeError('wrapped') from exc
def k():
    raise make_error(code=1)(extra) from get_cause()
def l():
    raise (TypeError if x else ValueError)
