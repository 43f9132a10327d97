# non-ASCII punctuation and spaces
x = 1   + 2
y = “quoted”
z = 1 – 2
