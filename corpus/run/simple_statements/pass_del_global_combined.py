# Small statements combined on single lines and in unusual positions.
x = 1; y = 2; del x; pass
print("x" in globals(), y)
if y: pass; print("pass then print in one suite")
for i in range(2): pass
print(i)


def f(): global g; g = "set"; return g


print(f(), g)
class C: a = 1; b = a + 1
print(C.b)
while False: pass
else: print("while else inline")
try: raise ValueError
except ValueError: print("inline except")
