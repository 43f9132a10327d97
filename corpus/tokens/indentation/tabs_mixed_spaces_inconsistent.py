# eight spaces vs a tab: same column, inconsistent use
if 1:
        x = 1
	y = 2
