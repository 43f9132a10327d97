# triple-quoted strings ending with extra quotes
x = """a""""
y = '''b'''''
z = """""""
