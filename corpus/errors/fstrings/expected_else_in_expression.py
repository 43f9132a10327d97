s = f'{a if b}'
