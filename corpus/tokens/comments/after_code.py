# comments after code
x = 1  # after
y = 2# tight
z = (1,  # in bracket
     2)
