# OverflowError from float exponentiation.
x = 10.0
for _ in range(4):
    x = x ** 2
    print(x)
x = x ** 100
