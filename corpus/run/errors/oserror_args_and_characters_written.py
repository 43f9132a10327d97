# OSError's arguments: `args` keeps (errno, strerror) only when a file name is given; a
# BlockingIOError's third argument, when a number, is characters_written (a settable,
# deletable attribute that is an AttributeError while unset).
import pickle

cases = [
    OSError(1, "x", None),
    OSError(1, "x", "f"),
    OSError(1, "x", None, None, "g"),
    OSError(1, "x", "f", None, "g"),
    OSError(11, "x", 5),
    BlockingIOError(1, "x", 5),
    BlockingIOError(1, "x", "f"),
    OSError(1, "x", 5),
    OSError(2, "gone", "a.txt"),
]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), e.errno, e.strerror, e.filename, e.filename2)
    try:
        print("  written", e.characters_written)
    except AttributeError as ex:
        print("  AttributeError", ex)
    r = pickle.loads(pickle.dumps(e))
    print("  pickled", type(r).__name__, r.args, r.filename)
e = BlockingIOError(11, "blocked", 5)
print(e.characters_written, e.args)
e.characters_written = 7
print(e.characters_written)
o = OSError(1, "x")
try:
    o.characters_written
except AttributeError as ex:
    print("AttributeError", ex)
o.characters_written = 3
print(o.characters_written)
del o.characters_written
try:
    del o.characters_written
except AttributeError as ex:
    print("AttributeError", ex)
print("characters_written" in dir(OSError), "characters_written" in OSError.__dict__)
try:
    o.characters_written = "a"
except TypeError as ex:
    print("TypeError", ex)
