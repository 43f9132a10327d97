s = uf'{x}'
