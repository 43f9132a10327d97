s = f'{a}' f'{b!}'
