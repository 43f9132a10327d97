# triple-quoted string with CRLF line endings inside
x = """a
b
"""
y = 1
