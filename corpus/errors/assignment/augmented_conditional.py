a if b else c //= 2
