# Writing standard output into a pipe whose reading end is closed raises BrokenPipeError
# (errno 32, a ConnectionError) from the print or flush that reaches the system, as CPython's
# PyErr_SetFromErrno makes it; os.dup and os.dup2 move the descriptors around. The results go
# to stderr: whatever stdout still holds afterwards is sent to /dev/null.
import os
import sys

sys.stdout.flush()
saved = os.dup(1)
r, w = os.pipe()
os.close(r)
os.dup2(w, 1)
errors = []
try:
    print("into a closed pipe", flush=True)
except BrokenPipeError as e:
    errors.append(e)
try:
    sys.stdout.write("more text\n")
    sys.stdout.flush()
except BrokenPipeError as e:
    errors.append(e)
null = os.open(os.devnull, os.O_WRONLY)
moved = os.dup2(null, 1)
os.close(w)
for e in errors:
    sys.stderr.write(f"{type(e).__name__} {e.errno} {e.strerror!r} {e}\n")
    sys.stderr.write(f"{isinstance(e, ConnectionError)} {isinstance(e, OSError)}\n")
sys.stderr.write(f"{len(errors)} {saved > 2} {moved}\n")
# os.dup makes a descriptor children do not inherit; os.dup2's target is inherited unless
# asked otherwise.
sys.stderr.write(f"{os.get_inheritable(saved)} {os.get_inheritable(1)} {os.get_inheritable(null)}\n")
os.set_inheritable(null, True)
extra = os.dup2(null, saved, inheritable=False)
sys.stderr.write(f"{os.get_inheritable(null)} {extra == saved} {os.get_inheritable(saved)}\n")
os.close(saved)
os.close(null)
try:
    os.dup2(12345, 1)
except OSError as e:
    sys.stderr.write(f"{type(e).__name__}: {e}\n")
