# The functions a native module defines name it as __module__ and have it as __self__, so that
# pickle finds them by module and name (gc.collect pickled as "builtins collect" failed); the
# hooks of sys stay the objects sys.__excepthook__ and its kin hold.
import gc
import sys
import math
import pickle
import itertools
import operator
import time
import binascii
import zlib
import _codecs

for f in [gc.collect, gc.get_threshold, gc.is_tracked, gc.get_referents, sys.getsizeof,
          sys.exc_info, sys.intern, sys.getrecursionlimit, sys.excepthook, sys.displayhook,
          sys._getframe, math.sqrt, operator.add, time.time, binascii.hexlify, zlib.crc32,
          itertools.tee, _codecs.utf_16_encode, _codecs.utf_32_decode, len, print]:
    module = sys.modules[f.__module__]
    print(f.__name__, f.__module__, f.__qualname__, f.__self__ is module,
          f.__reduce__(), pickle.loads(pickle.dumps(f)) is f, repr(f))

print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__,
      sys.breakpointhook is sys.__breakpointhook__)
print(pickle.loads(pickle.dumps([gc.isenabled, sys.getrecursionlimit]))[1]())
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
print(sys.getsizeof.__doc__.splitlines()[0], sys.getsizeof.__text_signature__)
print(gc.collect.__doc__.splitlines()[0], gc.collect.__text_signature__)
print(_codecs.utf_16_encode.__text_signature__, _codecs.utf_32_decode.__text_signature__)
