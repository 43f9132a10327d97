# CRLF blank lines and a CRLF-terminated comment


x = 1  # c

