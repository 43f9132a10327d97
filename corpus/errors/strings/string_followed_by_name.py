s = 'abc' x
