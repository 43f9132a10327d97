# precedence among arithmetic operators, left associativity
x = a + b * c
x = a * b + c
x = a - b - c
x = a - (b - c)
x = a / b * c // d % e
x = a + b * c ** d
x = a @ b @ c + d
x = -a * -b + ~c
x = a % b ** c * d
x = (a + b) * (c - d)
x = 2 * 3 + 4 * 5 - 6 / 7 // 8 % 9
