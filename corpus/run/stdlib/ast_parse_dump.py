# ast.parse and ast.dump: plain, annotated off, with locations, indented; node classes,
# fields, constructors and their errors, shared context singletons, modes and type comments.
import ast

src = """
import os.path as p
from . import x
@dec(1)
async def f(a, /, b: int = 2, *c, d, e=3, **g) -> None:
    '''doc'''
    async with open(a) as h, q:
        await h
    async for i in range(3):
        yield i
class C(B, metaclass=M):
    x: int = 1
    def m(self): return [i * 2 for i in self if i] + {k: v for k, v in z}
try:
    pass
except (E, F) as err:
    raise X from err
else:
    del a[1:2], b.c
finally:
    global gg
match cmd:
    case [1, *rest] | {"k": v, **kw} if v > 0:
        pass
    case Point(x=0, y=_) | None | "s" as z:
        pass
s = f"{a!r:>{w}} and {b}"
lambda x, *, y=1: (x, y)
t = a if b else c; n = not -~x ** 2 @ y
while (w := next(it)) is not None: break
"""
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree, annotate_fields=False)[:400])
print(ast.dump(tree.body[3], include_attributes=True, indent=2))
print(ast.dump(ast.parse("1 + 2", mode="eval"), indent="..."))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("x = []  # type: List[int]\nimport a  # type: ignore[x]\n", type_comments=True)))
print(ast.dump(ast.parse(b"u'\\xe9' + b'x'")))

print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.FunctionDef._fields, ast.arguments._fields, ast.arg._attributes)
print(ast.Load._fields, ast.expr._fields, ast.AST._fields, ast.AST._attributes)
print(ast.Name.__mro__)
print(ast.comprehension.__mro__, ast.ExceptHandler.__mro__, ast.TypeIgnore.__mro__)
print(ast.FunctionDef.returns, ast.Constant.kind, ast.expr.end_lineno, ast.ImportFrom.level)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.Name.__module__, ast.AST.__module__, ast.Name.__name__, ast.Name.__qualname__)

n = ast.Name("x", ast.Load())
print(n.id, type(n.ctx).__name__, ast.dump(n))
print(ast.dump(ast.Name(id="y", ctx=ast.Store(), lineno=3, col_offset=1), include_attributes=True))
print(ast.Name(foo=1).foo, hasattr(ast.Name(), "id"))
print(n.__reduce__()[0] is ast.Name, n.__reduce__()[1], sorted(n.__reduce__()[2]))
for make in (lambda: ast.Name("a", "b", "c"), lambda: ast.Name("a", id="b"),
             lambda: ast.Load(1), lambda: ast.AST(1), lambda: ast.arguments(*range(8)),
             lambda: ast.alias(1, 2, 3)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(ast.parse("x; y").body[0].value.ctx is ast.parse("z").body[0].value.ctx)
print(ast.parse("a + b").body[0].value.op is ast.parse("c + d").body[0].value.op)
print(isinstance(ast.Load(), ast.expr_context), isinstance(tree, ast.mod), isinstance(tree.body[0], ast.stmt))
print(ast.parse("1 if x else 2").body[0].value.__class__.__name__)
print(compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST).__class__.__name__)
for bad in ("x = (", "def f(:", "1 +"):
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
