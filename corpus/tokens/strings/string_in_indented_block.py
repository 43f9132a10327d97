# triple-quoted string content ignores block indentation
if 1:
    x = """
not indented
        deeper
"""
    y = 1
z = 2
