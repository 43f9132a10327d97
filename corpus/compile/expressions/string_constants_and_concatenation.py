# Implicit concatenation of string and bytes literals, escapes, raw strings and long constants.
s1 = "abc" "def"
s2 = ("multi "
      "line "
      'concat')
s3 = "esc\t\n\\\x41\u00e9\U0001F600\N{BULLET}"
s4 = r"raw\n\t" R'\d+'
b1 = b"by" b"tes" rb"\raw"
long_s = "0123456789" * 50
triple = """a
b
c"""
print(s1, s2, repr(s3), s4, b1, len(long_s), repr(triple), "" "" == "")
