s = rr'abc'
