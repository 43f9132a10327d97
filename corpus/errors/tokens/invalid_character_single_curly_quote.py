print(‘hello’)
