x = y[a.b := 1]
