# CRLF endings, last line without newline
x = 1
y = x + 1