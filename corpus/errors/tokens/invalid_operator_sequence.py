x = a <=> b
