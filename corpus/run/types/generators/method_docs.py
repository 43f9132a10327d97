# The send/throw/close methods of generators and coroutines, and asend/athrow/aclose of async
# generators, carry their docstrings, bound or not.
import types


def gen():
    yield


async def coro():
    pass


async def agen():
    yield


c = coro()
for t in (types.GeneratorType, types.CoroutineType):
    for name in ("send", "throw", "close"):
        print(t.__name__, name, repr(getattr(t, name).__doc__))
for name in ("asend", "athrow", "aclose"):
    print(name, repr(getattr(types.AsyncGeneratorType, name).__doc__))
print(gen().send.__doc__ == types.GeneratorType.send.__doc__, c.close.__doc__)
c.close()
for t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType):
    for name, d in sorted(vars(t).items()):
        if type(d).__name__ in ("getset_descriptor", "member_descriptor"):
            print(t.__name__, name, repr(d.__doc__))


class Plain:
    pass


print(repr(Plain.__dict__["__dict__"].__doc__), repr(Plain.__dict__["__weakref__"].__doc__))
