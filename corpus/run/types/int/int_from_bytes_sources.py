# int.from_bytes reads its argument as bytes() would: bytes-like objects, __bytes__ (which must
# return bytes), iterables of ints other than str; anything else cannot be converted.
for a in [("", 'big'), ("\x00", 'big'), (0, 'big'), (0, 'big', True), ([1, 2], 'big'), (iter([3]),), (b'\x01\x02',), ((5,),)]:
    try:
        print(int.from_bytes(*a))
    except Exception as e:
        print(type(e).__name__, e)
class ValidBytes:
    def __bytes__(self):
        return b'\x01'
class InvalidBytes:
    def __bytes__(self):
        return 'abc'
class BA:
    def __bytes__(self):
        return bytearray(b'a')
class MissingBytes: ...
import array
for a in [ValidBytes(), InvalidBytes(), BA(), MissingBytes(), bytearray(b'\x01\x00'), memoryview(b'\x02'), array.array('B', [1, 2]), [256], {1: 2}, 'x']:
    try:
        print(int.from_bytes(a, 'little'))
    except Exception as e:
        print(type(e).__name__, e)
