  \
  x
