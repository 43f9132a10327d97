# The node classes' __new__ takes any arguments (PyType_GenericNew), so a subclass whose own
# __new__ passes its arguments on works, as ast's deprecated Num/Str classes do.
import ast
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


class N(ast.Num):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.z = "spam"


n = N(42)
print(n.n, n.z, type(n).__name__, isinstance(n, ast.Constant), isinstance(n, ast.Num))
c = ast.Constant.__new__(ast.Constant, 1, 2, kind=None)
print(type(c).__name__, hasattr(c, "value"))
x = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
print(ast.dump(x))
try:
    ast.Constant(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
