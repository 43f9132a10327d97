# Decorators of every expression form (PEP 614): names, attributes, calls, subscripts, lambdas, walrus.
registry = {}


def plain(fn):
    fn.plain = True
    return fn


class NS:
    @staticmethod
    def attr(fn):
        fn.attr = True
        return fn


def factory(tag):
    def deco(fn):
        fn.tag = tag
        return fn
    return deco


decorators = [plain, factory("from list")]


@plain
@NS.attr
@factory("called")
@decorators[1]
@(lambda fn: fn)
@(d := factory("walrus"))
@registry.setdefault("k", plain)
def target():
    return "target"


@plain
class Decorated:
    @factory("method")
    def m(self):
        return "m"

    @property
    @factory("prop")
    def p(self):
        return "p"


print(target(), target.plain, target.attr, target.tag, Decorated.plain, Decorated().m.tag, Decorated().p, d is not None)
