x = [[y for y in] for x in z]
