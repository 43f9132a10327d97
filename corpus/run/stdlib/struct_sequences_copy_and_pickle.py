# Struct sequences copy and pickle through structseq_reduce, and their constructors take
# the hidden named fields from a dict.
import copy
import os
import pickle
import time

t = time.struct_time(range(9), {"tm_zone": "UTC", "tm_gmtoff": 0})
print(t, t.tm_zone, t.tm_gmtoff, t.__reduce__())
for clone in (copy.copy(t), copy.deepcopy(t), pickle.loads(pickle.dumps(t))):
    print(clone == t, clone.tm_zone, clone.tm_gmtoff, type(clone).__name__)
print(time.struct_time(range(11)).tm_gmtoff, time.struct_time(range(10)).tm_gmtoff)
for bad in ((), (None,), ("123",), ("123456789", None), (range(8),), (range(12),)):
    try:
        time.struct_time(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(time.struct_time("123456789"))
r = os.stat_result(range(10), {"st_atime": 1.5, "st_atime_ns": 2})
print(r, r.st_atime, r.st_mtime, r.st_atime_ns, r.st_rdev)
r2 = pickle.loads(pickle.dumps(r))
print(r2 == r, r2.st_atime, r2.st_atime_ns, copy.copy(r).st_atime)
st = os.stat(".")
print(pickle.loads(pickle.dumps(st)) == st, copy.copy(st).st_mtime == st.st_mtime)
try:
    os.stat_result(range(9))
except TypeError as e:
    print("TypeError:", e)
