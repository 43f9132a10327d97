# raw strings keep backslashes
a = r'\n'
b = r'\''
c = r"\""
d = r'\\'
e = r'C:\path\to\file'
f = r'\N{BULLET}'
g = r"""triple \
raw"""
h = rb'\x00\\'
i = r'\d+(\.\d+)?'
