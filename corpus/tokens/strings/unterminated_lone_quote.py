# a lone quote character
'
"
x = 1
