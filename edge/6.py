# only

   # indented comment
x
