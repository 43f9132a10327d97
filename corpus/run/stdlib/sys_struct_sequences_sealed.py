# sys's struct sequences cannot be subclassed, and sys.version_info's and sys.flags's types
# cannot make new instances; the values read as tuples with named fields.
import sys

for o in (sys.version_info, sys.flags, sys.float_info, sys.int_info, sys.hash_info):
    t = type(o)
    try:
        class X(t):
            pass
        print(t.__name__, "subclassed")
    except TypeError as e:
        print("TypeError:", e)
for o in (sys.version_info, sys.flags):
    try:
        type(o)()
    except TypeError as e:
        print("TypeError:", e)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11))
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), len(sys.float_info) == 11)
print(sys.int_info.bits_per_digit, sys.hash_info.width, isinstance(sys.version_info, tuple))
