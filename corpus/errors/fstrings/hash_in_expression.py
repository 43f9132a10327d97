s = f'{a # comment}'
