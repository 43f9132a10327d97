# Expression statements compiled in 'single' mode go through sys.displayhook, which writes to
# whatever sys.stdout is at the time and sets builtins._; a replaced hook gets every value.
import sys, io
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
exec(compile("1+1", "<x>", "single"))
sys.displayhook(5)
sys.stdout = old
print(repr(buf.getvalue()))
import builtins
exec(compile("'abc'", "<x>", "single"))
print(builtins._)
def hook(v): print("hook", v)
sys.displayhook = hook
exec(compile("7", "<x>", "single"))
exec(compile("None", "<x>", "single"))
