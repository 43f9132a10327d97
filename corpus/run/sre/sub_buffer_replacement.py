# re.sub with a replacement given as any buffer without backslashes uses it literally, as
# pattern_subx does (a template with a backslash goes to re._subx, which needs a hashable one).
import re, array
print(re.sub(b'y', bytearray(b'a'), bytearray(b'xyz')), re.sub(b'y', memoryview(b'ab'), b'xyzy'))
print(re.sub('y', 'a\\tb', 'xyz'), re.sub(b'x', array.array('b', b'QQ'), b'axa'), re.subn(b'(a)', b'[\\1]', b'banana'))
try:
    re.subn(b'z', bytearray(b'\\n'), b'zz')
except TypeError as e:
    print("TypeError", e)
