# raw strings cannot end in an odd backslash: quote escaped, string unterminated
x = r'abc\'
y = 1
