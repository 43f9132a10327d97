# form feed and vertical tab in the middle of lines
x =1
y= 2
z = 3
