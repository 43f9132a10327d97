s = f'{"abc}'
