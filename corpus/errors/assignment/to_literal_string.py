'abc' = x
