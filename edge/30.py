if 1:
  pass
# c
  # d
x
