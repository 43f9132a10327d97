# indentation without a block opener (tokenize accepts it)
x = 1
    y = 2
z = 3
