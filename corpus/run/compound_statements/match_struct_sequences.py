# Struct sequences (time.struct_time, os.stat_result, os.terminal_size, sys.float_info,
# sys.version_info, ...) carry __match_args__ and their field counts, so class patterns
# match them by position; they have no namedtuple-style _fields.
import os
import sys
import time

for t in (time.struct_time, os.stat_result, os.terminal_size, type(sys.float_info),
          type(sys.version_info), type(sys.flags), type(sys.hash_info), type(sys.int_info),
          os.times_result, os.uname_result):
    print(t.__name__, t.__module__, t.__match_args__, t.n_sequence_fields, t.n_fields,
          t.n_unnamed_fields, hasattr(t, "_fields"))
st = os.stat(".")
match st:
    case os.stat_result(mode, ino, size=7):
        print("wrong")
    case os.stat_result(mode, ino):
        print("stat matched", mode == st.st_mode, ino == st.st_ino)
match time.gmtime(0):
    case time.struct_time(y, m, d, tm_hour=h):
        print("time", y, m, d, h)
match sys.version_info:
    case (3, minor, *_) if minor >= 11:
        print("sequence pattern", minor)
VersionInfo = type(sys.version_info)
FloatInfo = type(sys.float_info)
match sys.version_info:
    case VersionInfo(major, minor):
        print("class pattern", major, minor)
match sys.float_info:
    case FloatInfo(mx, mx_exp):
        print("float_info", mx == sys.float_info.max, mx_exp)
print(repr(sys.float_info)[:40], repr(os.terminal_size((80, 24))))
