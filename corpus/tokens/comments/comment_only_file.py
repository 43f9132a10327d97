# only comments
# second line

# third after a blank
