# café
x = (1, 2]
