# mixed LF and CRLF endings
a = 1
b = 2
if a:
    c = (a,
         b)
d = 3
