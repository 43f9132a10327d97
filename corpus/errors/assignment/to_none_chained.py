a = None = b
