# mixed scripts in one identifier
aβc = 1
x变y = 2
