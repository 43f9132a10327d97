# def with every parameter kind, defaults, keyword-only defaults, annotations, decorators and generators.
def deco(fn):
    fn.tagged = True
    return fn


def no_params():
    return "none"


def positional(a, b, c=3):
    return a, b, c


def posonly(a, b=2, /, c=3):
    return a, b, c


def kwonly(*, a, b=2):
    return a, b


def varargs(*args, **kwargs):
    return args, kwargs


def everything(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> tuple:
    return a, b, c, args, d, e, kwargs


@deco
@staticmethod
def decorated():
    return "decorated"


def gen_fn(n):
    for i in range(n):
        yield i


def nested_defaults(x=[1, 2], y={"k": (1, 2)}, z=lambda q=1: q):
    return x, y, z()


print(no_params(), positional(1, 2), posonly(1, c=5), kwonly(a=1), varargs(1, k=2), everything(1, d=4))
print(decorated.tagged, list(gen_fn(3)), nested_defaults(), everything.__defaults__, everything.__kwdefaults__)
