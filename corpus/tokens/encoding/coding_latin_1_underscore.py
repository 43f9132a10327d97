# coding: latin_1
x = "é"
