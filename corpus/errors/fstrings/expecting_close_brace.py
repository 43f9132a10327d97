s = f'{a'
