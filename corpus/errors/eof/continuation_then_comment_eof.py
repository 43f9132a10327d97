x = \
# c
