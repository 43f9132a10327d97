# dedent to a column that matches no outer level
if 1:
        x = 1
    y = 2
