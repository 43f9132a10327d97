# non-ASCII decimal digits are not numbers
x = ١٢٣
