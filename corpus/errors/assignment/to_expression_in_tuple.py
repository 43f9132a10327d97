(a + b, c) = d
