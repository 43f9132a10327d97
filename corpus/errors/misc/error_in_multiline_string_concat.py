s = ('abc'
     'def'
     ghi 'jkl')
