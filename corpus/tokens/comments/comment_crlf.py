# comment with CRLF
x = 1  # c
# last
