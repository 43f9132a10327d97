# Several simple statements on one line, and compound statements with inline bodies.
a = 1; b = 2; c = a + b; print(a, b, c)
if c > 2: print("inline if"); print("second inline statement")
for i in range(3): print("inline for", i)
while a < 3: a += 1; print("inline while", a)
def f(x): return x * 2
class K: attr = "inline class"
print(f(4), K.attr)
try: 1 / 0
except ZeroDivisionError: print("inline except")
finally: print("inline finally")
with type("CM", (), {"__enter__": lambda s: "entered", "__exit__": lambda s, *e: None})() as v: print(v)
x = 5;
print(x);
