# invalid escapes only warn and keep the backslash
a = '\d'
b = '\['
c = "\w+\s*"
d = b'\q'
e = '\777'
f = '\8\9'
g = 'C:\Program Files\name'[0]
h = '\ '
pattern = '^\d{3}-\d{4}$'
