# backslash escapes are kept verbatim in the STRING token
a = '\'' "\"" '\\' "\\"
b = '\n\t\r\x41\101\u00e9\U0001F600\N{BULLET}'
c = b'\x00\xff\377'
d = r'\'' r"\"" r'\\'
e = '\q \8 \ '
