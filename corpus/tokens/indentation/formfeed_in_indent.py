# form feed in indentation resets the column
if 1:
    x = 1
    y = 2
      z = 3
w = 4
