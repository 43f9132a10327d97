# `os` and `os.path` from CPython's Lib over krait's native `posix`: path arithmetic, stat
# results, directory listings, the environment mapping and OSError details.
import os
import os.path
import stat
import sys

here = os.path.dirname(sys._getframe().f_code.co_filename)
print(os.name, os.sep, os.curdir, os.path.join("a", "b", "c"), os.path.splitext("x/y.tar.gz"))
print(os.path.exists(here), os.path.isdir(here), os.path.isfile(here), os.path.basename(here))
print("PATH" in os.environ, os.fspath("p"), os.environ.get("NO_SUCH_VARIABLE_XYZ", "unset"))
print(sorted(n for n in os.listdir(here) if n.endswith(".py"))[:3])
print(os.getcwd() == os.path.abspath("."), os.path.isabs(here))
print(os.path.normpath("/a/./b/../c"), os.path.relpath("/a/b/c", "/a"), os.path.split("/x/y"))
st = os.stat(here)
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), type(st).__name__, st.st_mode == st[0])
print(os.path.getsize(os.path.join(here, "README.md")) > 0)
try:
    os.stat("/no/such/file")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
print(os.path.expanduser("~") == os.environ["HOME"], sys.modules["os.path"] is os.path)
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.dirname("/a/b/"))
