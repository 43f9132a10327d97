# spaces then tab rounds up to the next multiple of 8
if 1:
  	x = 1
	y = 2
