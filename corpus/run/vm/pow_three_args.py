for args in [(2,10,7),(2.0,3,4),(2,1.5,3),(2,-1,1),(3,-1,7),(1j,2,3),("a",2,3),(2,3,"x")]:
    try: print(pow(*args))
    except Exception as e: print(type(e).__name__, e)
print((3).__pow__(4, 5), (3).__rpow__(2, 5), (3).__pow__(2, None), (2.0).__pow__(2))
try: (2.0).__pow__(2, 3)
except Exception as e: print(type(e).__name__, e)
class P:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
print(pow(P(), 2, 3), pow(P(), 2), 2 ** P())
try: pow(2, P(), 3)
except Exception as e: print(type(e).__name__, e)
print(pow(True, 3, 2), pow(10, -2, 7))
