# tokenization continues after an ERRORTOKEN
x = 'bad
if x:
    y = 1
