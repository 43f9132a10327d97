s = f'{a!rr}'
