# form feed characters at line starts reset the indentation column
x = 1

def f():
    return 1

y = 2
