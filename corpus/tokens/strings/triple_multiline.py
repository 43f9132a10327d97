# multi-line triple-quoted strings; token spans lines
x = """line1
line2
  line3"""
y = '''a

b''' + "c"
z = """ embedded ''' and " and "" """
