# 0777 is not a valid number: tokenize splits it
x = 0777
y = 0_7
z = 09.5
w = 09
