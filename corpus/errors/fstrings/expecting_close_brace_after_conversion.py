s = f'{a!r'
