# Zero padding and grouping of inf and nan in format() and %-formatting: padded like digits,
# never grouped.
inf, nan = float('inf'), float('nan')
for v in (inf, -inf, nan, -nan, 1.5, -0.0):
    for spec in ('010', '010.2f', '=+10', '0<10', '0=10', '010,', '015_.3e', '+012g', ' 08.1%', '#010.0f', '010n', '09E'):
        print(spec, repr(format(v, spec)))
    for pct in ('%010.2f', '%-010.2f', '%+010e', '% 08g', '%010r', '%08.3G', '%#010.0f'):
        print(pct, repr(pct % v))
print(repr(format(complex(inf, nan), '>20')), repr('%010.1f|%010d' % (nan, 5)))
