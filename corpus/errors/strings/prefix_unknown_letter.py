s = k'abc'
