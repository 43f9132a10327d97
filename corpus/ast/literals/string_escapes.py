# every escape sequence in ordinary strings
a = '\n\t\r'
b = '\\'
c = '\'' + "\""
d = '\a\b\f\v'
e = '\0'
f = '\x41\x7e\xff'
g = '\101\7\77\377'
h = '\u00e9\u20ac'
i = '\U0001F600\U00000041'
j = '\N{BULLET}'
k = '\N{LATIN SMALL LETTER E WITH ACUTE}'
l = '\N{EM DASH}\N{SNOWMAN}'
m = 'line one\
line two'
n = "tab:\t|"
o = 'mixed \x00 and \u0000 and \N{NULL}'
p = '\N{DIGIT ONE}\N{GREEK SMALL LETTER ALPHA}'
