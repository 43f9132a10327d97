# This file uses encoding: latin-1 ok
x = "é"
