doc = """Start of docstring
more text
