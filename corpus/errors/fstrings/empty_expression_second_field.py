s = f'{a} and {}'
