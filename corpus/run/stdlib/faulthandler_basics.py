import faulthandler
import io
import os
import sys
import tempfile


def show(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)


show('is_enabled', faulthandler.is_enabled)
show('disable off', faulthandler.disable)
show('stringio', faulthandler.enable, file=io.StringIO())
show('float', faulthandler.enable, file=5.0)
show('negative', faulthandler.enable, file=-1)
show('too many', faulthandler.enable, 1, 2, 3)
show('enable', faulthandler.enable)
show('is_enabled', faulthandler.is_enabled)
show('disable', faulthandler.disable)
show('disable again', faulthandler.disable)
show('enable fd', faulthandler.enable, sys.stderr.fileno(), all_threads=False)
show('disable', faulthandler.disable)

fd, path = tempfile.mkstemp()


def inner():
    faulthandler.dump_traceback(fd, all_threads=False)


def outer():
    inner()


outer()
os.close(fd)
with open(path) as f:
    for line in f:
        # Paths differ between machines; keep the file's base name.
        print(line.rstrip().replace(os.path.dirname(__file__) + os.sep, ''))
os.unlink(path)
