# mismatched bracket kinds (tokenize does not check)
x = (1]
y = [2}
