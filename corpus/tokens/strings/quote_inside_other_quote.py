# quotes of the other kind inside a string
x = "it's"
y = 'say "hi"'
z = """'''"""
