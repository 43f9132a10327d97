import _struct as S
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for bo in '@=<>!':
    for c in 'bBhHiIlLqQnNP':
        if bo != '@' and c in 'nNP': continue
        sz = S.calcsize(bo + c)
        big = 1 << (8 * sz)
        print(bo, c, sz, end=' ')
        for v in (-big, -1, big, 1.5, '1'):
            try: S.pack(bo + c, v); print('ok', end=' ')
            except Exception as e: print(type(e).__name__, e, end=' | ')
        print()
t(lambda: S.calcsize('@bhiqd')); t(lambda: S.calcsize('<bhiqd')); t(lambda: S.calcsize('@b0q')); t(lambda: S.calcsize('3s2xP?e'))
t(lambda: S.pack('<hHiIqQ?', -2, 3, -4, 5, -6, 7, 1))
t(lambda: S.pack('>hHiIqQ?', -2, 3, -4, 5, -6, 7, 0))
t(lambda: S.pack('@bhiq', 1, 2, 3, 4))
t(lambda: S.pack('<fde', 1.5, -2.25, 0.1))
t(lambda: S.pack('>fde', 1e300, 1e300, 1e10))
t(lambda: S.pack('5s3p2c', b'abcdefg', b'xyzw', b'q', b'r'))
t(lambda: S.pack('c', b'ab')); t(lambda: S.pack('s', 'a')); t(lambda: S.pack('i', 1, 2)); t(lambda: S.pack('ii', 1))
t(lambda: S.pack('z', 1)); t(lambda: S.pack('3', 1)); t(lambda: S.calcsize(1)); t(lambda: S.pack())
t(lambda: S.unpack('<hHiIqQ?', S.pack('<hHiIqQ?', -2, 3, -4, 5, -6, 7, 1)))
t(lambda: S.unpack('>fde', S.pack('>fde', 1.5, -2.25, 0.1)))
t(lambda: S.unpack('5s3p2c', b'abcde\x02xyqr'))
t(lambda: S.unpack('i', b'abc')); t(lambda: S.unpack('<i', bytearray(b'abcd'))); t(lambda: S.unpack('<?', b'\x05'))
t(lambda: S.unpack_from('<h', b'\x00\x01\x02\x03', 1)); t(lambda: S.unpack_from('<h', b'\x00\x01', 1)); t(lambda: S.unpack_from('<h', b'\x00\x01', offset=-2))
t(lambda: list(S.iter_unpack('<h', b'\x01\x00\x02\x00'))); t(lambda: S.iter_unpack('<h', b'\x01')); t(lambda: list(S.iter_unpack('x', b'')))
s = S.Struct('<2hq'); print(s.format, s.size, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)), type(s).__name__)
b = bytearray(10); S.pack_into('<h', b, 2, 258); print(b); t(lambda: S.pack_into('<q', b, 5, 1)); t(lambda: S.pack_into('<h', bytearray(1), 0, 1))
t(lambda: S.pack('?', [])); t(lambda: S.pack('<e', 1e6)); t(lambda: S.pack('<f', 1e50))
t(lambda: S.pack('<Q', 2**64 - 1)); t(lambda: S.pack('<q', -2**63)); t(lambda: S.pack('<I', True))
class I:
    def __index__(self): return 7
t(lambda: S.pack('<i', I())); t(lambda: S.pack('<d', I())); t(lambda: S.pack('<d', 'x'))
t(lambda: S.error.__module__); t(lambda: S.error.__mro__)
t(lambda: S.unpack('<d', S.pack('<d', float('nan')))); t(lambda: S.unpack('<e', b'\x00\x7c')); t(lambda: S.pack('<e', float('inf')))
t(lambda: S.pack('<e', 65504.0)); t(lambda: S.pack('<e', 65520.0)); t(lambda: S.unpack('<eee', S.pack('<eee', 1/3, -0.0, 5.96e-8)))
t(lambda: S.pack('0s')); t(lambda: S.pack('p', b'')); t(lambda: S.pack('1p', b'abc')); t(lambda: S.pack('300p', b'a' * 290)[:3])
t(lambda: S.pack(b'<h', 1)); t(lambda: S.Struct('<h').format); t(lambda: S.pack(' < h h ', 1, 2))
