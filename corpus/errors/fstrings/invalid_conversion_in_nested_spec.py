s = f'{a:{b!x}}'
