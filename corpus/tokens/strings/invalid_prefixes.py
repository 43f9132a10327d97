# invalid prefixes split into NAME then STRING
a = ub''
b = bu''
c = rr''
d = bb"x"
e = ff''
f = fb''
g = bf''
h = ur''
i = Ru''
j = xr'a'
