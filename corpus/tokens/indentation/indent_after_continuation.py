# indentation after backslash continuation and brackets
if (1 and
        2):
    x = 1
if 1 and \
        2:
  y = 2
