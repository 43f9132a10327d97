f = lambda def: 0
