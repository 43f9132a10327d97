s = ur'abc'
