s = f'{(a'
