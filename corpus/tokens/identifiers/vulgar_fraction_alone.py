# a Unicode numeral that is not an identifier or number
x = ½
y = 1½
