# this file contains only comments
# second line

#   indented comment text
