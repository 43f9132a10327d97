# just a comment
# coding: latin-1
x = "é"
