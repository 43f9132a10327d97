s = f'abc {'
