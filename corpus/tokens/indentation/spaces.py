# four-space indentation with dedents to several levels
if 1:
    if 2:
        x = 1
    y = 2
z = 3
