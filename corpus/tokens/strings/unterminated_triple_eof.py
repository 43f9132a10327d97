# unterminated triple-quoted string at EOF
x = 1
y = """abc
def
