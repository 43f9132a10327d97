not a = b
