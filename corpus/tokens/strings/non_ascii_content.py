# non-ASCII inside strings
x = "héllo wörld"
y = '日本語'
z = """Ελληνικά
кириллица"""
w = b"caf\xc3\xa9"
