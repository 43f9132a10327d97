x = {k for f(k) in z}
