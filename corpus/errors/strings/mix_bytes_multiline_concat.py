x = ('abc'
     'def'
     b'ghi')
