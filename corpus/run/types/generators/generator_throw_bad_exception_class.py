# gen.throw(cls) instantiates cls; when that fails (a __new__ returning a non-exception, a
# raising __init__) the failure is what gets thrown into the generator, as
# PyErr_NormalizeException replaces the exception; bad argument types raise from throw().
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls

def boring_generator():
    yield

gen = boring_generator()
try:
    gen.throw(E)
except TypeError as e:
    print("TypeError:", str(e).replace(__name__ + ".", ""))
try:
    next(gen)
except StopIteration:
    print("StopIteration after the refused throw")

def generator():
    try:
        yield
    except Exception as e:
        print("caught inside:", type(e).__name__, str(e).replace(__name__ + ".", ""))
        yield 2

gen = generator()
next(gen)
print(gen.throw(E, None))
gen.close()

class Fails(Exception):
    def __init__(self, *args):
        raise KeyError("from __init__")

gen = generator()
next(gen)
print(gen.throw(Fails))
gen.close()

gen = generator()
try:
    gen.throw(42)
except TypeError as e:
    print("TypeError:", e)
try:
    gen.throw(ValueError("x"), 1)
except TypeError as e:
    print("TypeError:", e)
