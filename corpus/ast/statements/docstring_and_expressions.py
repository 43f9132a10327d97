"""Module docstring as an expression statement."""
'second string is just an expression'
b'bytes statement'
f'fstring statement {1}'
42
...
