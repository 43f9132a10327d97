# Starred arguments in class bases and keywords, in decorators, and in returns.
bases = (object,)
kw = {}


def deco(*args, **kwargs):
    def apply(fn):
        fn.meta = (args, kwargs)
        return fn
    return apply


opts = {"level": 2}


@deco(*[1, 2], **opts)
def target():
    return 1, *[2, 3], *(4,)


class K(*bases, **kw):
    pass


print(target(), target.meta, K.__bases__)
