# Ends in an uncaught ZeroDivisionError at module level.
numerator = 10
for d in (5, 2, 1):
    print(numerator, "/", d, "=", numerator / d)
d = 0
print("about to divide by", d)
print(numerator / d)
