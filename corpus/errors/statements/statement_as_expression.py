x = (pass)
