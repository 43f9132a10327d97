class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
d = {'x': A(8), 'y': A(9)}
d.clear()
print('--')
t = (A(6), A(7))
del t
print('--')
