# backslash-CRLF inside a single-quoted string
s = 'abc\
def'
t = 1
