a = 1
b = 'ok'
c = 'not ok
d = 4
