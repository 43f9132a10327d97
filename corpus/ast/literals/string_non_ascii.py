# non-ASCII string contents; Constant positions are in UTF-8 bytes
a = 'é'
b = '日本語'
c = '😀'
d = 'naïve café'
e = 'Ωmega', 'ßeta', 'γ'
f = ('ä'
     'ö'
     'ü')
g = b'ascii only'
h = '\u00e9' == 'é'
i = {'ключ': 'значение'}
