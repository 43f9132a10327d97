x, [y for y in z] = c
