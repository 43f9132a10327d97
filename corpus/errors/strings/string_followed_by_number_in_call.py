print('abc' 1)
