# SystemExit with an integer code sets the exit status without a traceback.
import sys

print("exiting with status 3")
sys.exit(3)
