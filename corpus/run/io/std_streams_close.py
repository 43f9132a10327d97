# The standard streams are context managers; closing one makes later writes fail with
# "I/O operation on closed file." and `closed` report it.
import sys

with sys.stdout as out:
    out.write("inside\n")
    print(out is sys.stdout, out.closed)
sys.stderr.write(repr(sys.stdout.closed) + "\n")
try:
    print("after")
except ValueError as e:
    sys.stderr.write(repr(e) + "\n")
try:
    sys.stdout.__enter__()
except ValueError as e:
    sys.stderr.write(repr(e) + "\n")
sys.stdout.close()
sys.stderr.write("done\n")
