# implicit concatenation; kind='u' only when the first part is a u-string
a = 'a' 'b'
b = 'a' "b" '''c''' """d"""
c = u'a' 'b'
d = 'a' u'b'
e = u'a' u'b'
f = r'\a' '\t'
g = ('first line '
     'second line '
     'third line')
h = (u'x'
     'y')
i = ('x'
     u'y')
j = 'é' 'ü'
k = (
    "SELECT * "
    "FROM table "  # comment between parts
    "WHERE x = 1"
)
