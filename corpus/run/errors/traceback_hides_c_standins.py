# Functions of modules CPython writes in C add no lines to a traceback: an error raised by
# open(), codecs.lookup() or a socket call shows only the Python frames.
import codecs
import traceback


def show(f):
    try:
        f()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print(len(lines), lines[0], lines[-1])
        print([l.strip() for l in lines if l.strip().startswith("File")])


show(lambda: open("/nonexistent/dir/file"))
show(lambda: codecs.lookup("no-such-codec"))
show(lambda: "x".encode("no-such-codec"))
show(lambda: open(__file__, "rb").read().decode("ascii", "strict") and b"\xff".decode("utf-8"))
open("/nonexistent/dir/file2")
