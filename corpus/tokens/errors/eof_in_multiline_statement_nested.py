# EOF in multi-line statement with nesting
x = [(1, {2:
