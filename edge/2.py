if x:
  a
  b
