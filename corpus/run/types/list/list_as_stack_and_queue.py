# Lists used as stacks, simple queues and 2-D grids.
stack = []
for c in "([{}])":
    if c in "([{":
        stack.append(c)
    else:
        opener = stack.pop()
        print("matched", opener, c)
print("balanced:", not stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[1] for row in grid], [grid[i][i] for i in range(3)])
transposed = [list(col) for col in zip(*grid)]
print(transposed)
flat = [v for row in grid for v in row]
print(flat, flat[::4], sum(flat))
rotated = [list(r) for r in zip(*grid[::-1])]
print(rotated)
lst = list(range(10))
evens = lst[::2]
odds = lst[1::2]
print(evens, odds, [x for pair in zip(odds, evens) for x in pair])
