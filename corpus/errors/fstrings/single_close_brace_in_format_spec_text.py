s = f'x } y'
