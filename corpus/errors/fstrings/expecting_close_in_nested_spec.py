s = f'{a:{b'
