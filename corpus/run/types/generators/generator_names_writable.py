# A generator's or coroutine's __name__ and __qualname__ can be replaced by a str (and only a
# str: anything else, or deleting them, is a TypeError); the function keeps its own names.
def func():
    yield 1


gen = func()
print(gen.__name__, gen.__qualname__)
gen.__name__ = "name"
gen.__qualname__ = "qualname"
print(gen.__name__, gen.__qualname__, func.__name__, func.__qualname__)


class S(str):
    pass


gen.__name__ = S("sub")
print(type(gen.__name__).__name__, gen.__name__)
for attr in ("__name__", "__qualname__"):
    for action in ("set", "del"):
        try:
            if action == "set":
                setattr(gen, attr, 123)
            else:
                delattr(gen, attr)
        except TypeError as e:
            print(attr, action, "TypeError:", e)
print(gen.__name__, gen.__qualname__, next(gen))

func.__qualname__ = "func_qualname"
func.__name__ = "func_name"
print(func().__name__, func().__qualname__)


async def coro():
    pass


c = coro()
c.__name__ = "renamed"
c.__qualname__ = "re.named"
print(c.__name__, c.__qualname__)
c.close()
