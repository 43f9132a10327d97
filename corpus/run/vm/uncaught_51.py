# An uncaught exception ends the program (traceback and exit status as CPython prints them).
import sys
print('out')
print('err', file=sys.stderr)
raise RuntimeError('end')
