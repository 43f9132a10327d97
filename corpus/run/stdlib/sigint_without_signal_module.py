# SIGINT is caught from start-up, before any `import signal` (signal_install_handlers), so a
# SIGINT sent to the process raises KeyboardInterrupt in the running code: os.kill checks for
# it before it returns. (Started with SIGINT ignored, the process keeps ignoring it: nothing is
# raised, on either side.)
import os
import sys

try:
    os.kill(os.getpid(), 2)
    print("SIGINT ignored")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt from os.kill", repr(e), "signal" in sys.modules)

count = 0
try:
    for i in range(3):
        count += 1
        if i == 1:
            os.kill(os.getpid(), 2)
except KeyboardInterrupt:
    print("interrupted at", count)
print("done", count)
