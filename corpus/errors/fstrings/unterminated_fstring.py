s = f'{a}
