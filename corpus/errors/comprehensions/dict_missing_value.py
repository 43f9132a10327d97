x = {k: for k in y}
