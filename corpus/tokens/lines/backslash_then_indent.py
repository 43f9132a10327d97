# continuation line indentation is not INDENT
if 1:
    x = \
  1
    y = 2
