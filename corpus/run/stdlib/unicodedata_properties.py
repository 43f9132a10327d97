# unicodedata.bidirectional, east_asian_width, mirrored, numeric, digit and decimal agree with
# CPython 3.11 (Unicode 14.0) across the planes, with its errors for bad arguments.
import unicodedata as u, sys
sample = [chr(c) for c in list(range(0, 0x3000, 7)) + list(range(0x1D400, 0x1F700, 97)) + [0x10FFFF, 0xE0080, 0x2155, 0xF96B, 0x5146, 0x00BD, 0x0F33, 0x1372]]
acc = []
for ch in sample:
    acc.append((u.bidirectional(ch), u.east_asian_width(ch), u.mirrored(ch), u.numeric(ch, None), u.digit(ch, None)))
print(len(acc), acc[:40])
print(acc[40:])
for f, arg in [(u.numeric, 'a'), (u.digit, 'x'), (u.digit, 'ab'), (u.bidirectional, 1)]:
    try:
        f(arg)
    except Exception as e:
        print(type(e).__name__, e)
print(u.numeric('½'), u.numeric('\u2155'), u.digit('\u00b2'), u.numeric('\u5146'), u.east_asian_width('中'), u.bidirectional('\u05d0'), u.mirrored('('))
for f in [u.decimal, u.digit, u.numeric, u.category, u.name, u.mirrored, u.combining, u.east_asian_width, u.bidirectional]:
    try: f('ab')
    except Exception as e: print(f.__name__, type(e).__name__, e)
