# KeyError whose key is a tuple (the message shows the tuple).
grid = {(0, 0): "start", (1, 0): "path"}
print(grid[0, 0], grid[1, 0])
print(grid[2, 0])
