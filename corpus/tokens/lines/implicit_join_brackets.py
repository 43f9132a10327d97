# implicit joining inside brackets across blank lines and comments
x = (1,

     2,  # comment
# full-line comment

     3)
y = [
]
z = {
  "a":

  1}
