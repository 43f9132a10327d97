print(1, f'{a)}', 2)
