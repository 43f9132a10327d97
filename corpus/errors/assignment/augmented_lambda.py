lambda: x += 1
