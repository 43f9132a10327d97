# A module the compiler rejects (the parser accepts it): importing it raises SyntaxError.
for i in range(2):
    pass
break
