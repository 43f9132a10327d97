# raw f-string prefixes
x = 1
a = rf"\d{x}"
b = fR'\n{x}'
c = Rf"""\{x}"""
