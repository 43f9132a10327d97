# mixed LF, CRLF and CR endings
x = 1
y = 2z = 3

w = 4