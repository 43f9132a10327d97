# sys.excepthook / sys.__excepthook__ print to whatever sys.stderr is at the call (unittest
# and test.support capture it in a StringIO), and to nowhere when it is None.
import io
import sys

def fail():
    return undefined_name_here

try:
    fail()
except NameError:
    info = sys.exc_info()

saved = sys.stderr
sys.stderr = io.StringIO()
try:
    sys.__excepthook__(*info)
    sys.excepthook(*info)
    captured = sys.stderr.getvalue()
finally:
    sys.stderr = saved
lines = captured.splitlines()
print(len(lines), lines[0], lines[-1])
print(captured.count("Traceback (most recent call last):"))

sys.stderr = None
try:
    sys.__excepthook__(*info)
finally:
    sys.stderr = saved
print("nothing printed with sys.stderr None")
