# The standard-library modules CPython runs frozen (os, posixpath, genericpath, stat, codecs,
# abc, io, _collections_abc, ...) carry '<frozen NAME>' as their code's file name: their
# traceback entries show that name and no source line.
import os, stat, codecs, inspect, linecache
print(os.path.join.__code__.co_filename, os.fspath.__class__.__name__, os.__file__.endswith('os.py'))
print(inspect.getsourcefile(os.path.dirname))
try:
    os.path.join(1, 2)
except TypeError as e:
    import traceback
    traceback.print_exc()
try:
    os.environ['KRAIT_SURELY_MISSING']
except KeyError:
    traceback.print_exc()
os.environ['KRAIT_SURELY_MISSING_TOO']
