# backslash-newline inside a triple-quoted string
x = """a\
b"""
y = r"""c\
d"""
