# triple-quoted strings spanning lines; end positions
a = """one
two
three"""
b = '''
  indented
'''
c = """contains "quotes" and ''' inside"""
d = '''x''' '''y'''
def f():
    """Docstring line one.

    More lines.
    """
    return """
    inner
    """
e = (
    """a"""
    """b"""
)
