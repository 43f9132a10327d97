# CRLF endings with multi-line strings and f-strings
x = 1
s = """first
second"""; t = x
f = f"""{x}
  {x + 1}
é {x!r}"""
g = (f"{x}"
     f"{x}")
def h():
    """Doc
    string."""
    return x
