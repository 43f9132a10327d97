# last line ends a triple-quoted string without newline
x = """a
b"""