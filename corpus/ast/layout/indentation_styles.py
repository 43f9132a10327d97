# different indentation widths in different blocks
if a:
 x = 1
 if b:
         y = 2
 else:
  y = 3
def f():
        return 1
class C:
   def m(self):
      return 2
while x:
                pass
