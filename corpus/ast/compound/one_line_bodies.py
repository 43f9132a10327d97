# compound statements with bodies on the same line
if x: pass
if x: a; b; c
if x: a
else: b
while x: x -= 1
for i in r: total += i
def f(): return 1
def g(a, b): a = 1; return a + b
class C: x = 1; y = 2
class D(C): pass
with ctx: pass
try: pass
except: pass
async def h(): await x; return 1
