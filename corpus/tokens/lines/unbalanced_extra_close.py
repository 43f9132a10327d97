# extra closing bracket
x = (1))
y = ]
z = }
