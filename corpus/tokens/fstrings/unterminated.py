# unterminated f-string
x = f"abc {1}
y = 2
