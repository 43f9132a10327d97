# Output printed before an uncaught error still appears, and stderr follows.
import sys

for i in range(5):
    print("line", i)
sys.stdout.write("partial line without newline")
raise OSError(5, "simulated I/O failure")
