# SystemExit with an int code: no traceback, that exit status.
import sys
print('before exit')
sys.exit(3)
print('not reached')
