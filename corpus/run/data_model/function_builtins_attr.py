# A function's __builtins__ is the namespace its globals' __builtins__ names (a module stands for
# its dict), else the interpreter's builtins.
import builtins
def f(): pass
print(f.__builtins__ is builtins.__dict__)
g = {'__builtins__': {'len': len}}
exec("def h(): pass", g)
print(g['h'].__builtins__)
g2 = {}
exec("def h(): pass", g2)
print(g2['h'].__builtins__ is builtins.__dict__)
