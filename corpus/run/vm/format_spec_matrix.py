for spec in ['', 'd', ',', '_', ',d', '_x', ',x', '.2', 'c', 's', 'z', '#', '+', '=', '0', '010', '^10', '*^10', 'n', '%', 'e', '.3f', 'b', '#o', '08.3f', ',.2f', 'x<5', '=+8']:
    for v in [42, -7, 3.5, -0.0, 'str', 1+2j, True, 10**20]:
        try: r = format(v, spec)
        except Exception as e: r = type(e).__name__ + ': ' + str(e)
        print(repr(spec), repr(v), repr(r))
for f in ['{}', '{0}', '{!r}', '{0!s:>5}', '{a}', '{0[1]}', '{0.real}', '{:{}}', '{:{w}.{p}f}', '{{}}', '{0:}', '{!a}', '{0]', '{0[}', '{:}}', '{[}', '{0!}', '{!s', '{0!s:', '{0:{', '{:!}', '{0:>{1}}']:
    try: r = f.format(3.25, 2, a=1, w=9, p=3)
    except Exception as e: r = type(e).__name__ + ': ' + str(e)
    print(repr(f), repr(r))
