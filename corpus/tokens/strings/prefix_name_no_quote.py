# prefix letters without a quote are plain names
r = b = u = f = br = rb = fr = rf = 1
print(r, b, u, f, br, rb, fr, rf)
