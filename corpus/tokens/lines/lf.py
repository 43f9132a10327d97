# plain LF endings
x = 1
y = 2
