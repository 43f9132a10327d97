# unterminated double-quoted string
x = "abc def
z = 3
