# tab-only last line
x = 1
	