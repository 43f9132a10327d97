# The `atexit` module (Modules/atexitmodule.c): the list of functions to call at
# interpreter exit, last registered first.

_callbacks = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered."""
    # atexit_delete_cb leaves an empty slot: the count of _ncallbacks() still includes it.
    for i, c in enumerate(_callbacks):
        if c is not None and c[0] == func:
            _callbacks[i] = None


def _clear():
    """Clear the list of previously registered exit functions."""
    del _callbacks[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_callbacks)


def _run_exitfuncs():
    """Run all registered exit functions."""
    # atexit_callfuncs: every exception, SystemExit included, is reported as unraisable with
    # the callback's own frames only (this module's frames add no traceback entries, as the
    # C loop calling the callbacks in CPython adds none).
    while _callbacks:
        entry = _callbacks.pop()
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as e:
            import sys
            print('Exception ignored in atexit callback:', repr(func), file=sys.stderr)
            sys.excepthook(type(e), e, e.__traceback__)
