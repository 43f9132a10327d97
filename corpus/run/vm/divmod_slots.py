print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(7, 2.5), divmod(True, 2))
print((10).__divmod__(3), (10).__rdivmod__(3), (7.0).__divmod__(2), (7.0).__rdivmod__(2), (1).__divmod__(1.0))
class N:
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
print(divmod(N(), 1), divmod(1, N()))
class I(int):
    def __rdivmod__(self, o): return 'I.rdivmod'
print(divmod(5, I(2)))
for a, b in [(1j, 2), ("a", 1), (1, 0), (1.0, 0)]:
    try: print(divmod(a, b))
    except Exception as e: print(type(e).__name__, e)
