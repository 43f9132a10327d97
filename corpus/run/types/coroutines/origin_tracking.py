# sys.set_coroutine_origin_tracking_depth: a new coroutine records in cr_origin where it was
# created (innermost first), and the never-awaited warning lists those frames.
import gc
import sys
import warnings


async def corofn():
    pass


def make():
    return corofn()  # made here


def outer():
    return make()


print(sys.get_coroutine_origin_tracking_depth())
c = corofn()
print(c.cr_origin)
c.close()
for depth in (1, 2, 50):
    sys.set_coroutine_origin_tracking_depth(depth)
    c = outer()
    origin = c.cr_origin
    print(depth, len(origin) <= depth, [(f.rsplit("/", 1)[-1], n, name) for f, n, name in origin])
    c.close()
for bad in (-1, "x", 2**40):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(sys.get_coroutine_origin_tracking_depth())


def gen():
    yield


print(gen().gi_frame is not None, hasattr(gen(), "cr_origin"))
sys.set_coroutine_origin_tracking_depth(2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    outer()
    gc.collect()
for x in w:
    print(str(x.message).replace(__file__, "FILE"))
original = warnings._warn_unawaited_coroutine
warnings._warn_unawaited_coroutine = lambda coro: 1 / 0
sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    outer()
    gc.collect()
print([str(x.message) for x in w])
del warnings._warn_unawaited_coroutine
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    outer()
    gc.collect()
print([str(x.message) for x in w])
warnings._warn_unawaited_coroutine = original
sys.set_coroutine_origin_tracking_depth(0)
