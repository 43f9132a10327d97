# pass in every block kind
pass
if x:
    pass
while False:
    pass
for _ in (): pass
def f(): pass
class C: pass
try:
    pass
except Exception:
    pass
finally:
    pass
with ctx: pass
