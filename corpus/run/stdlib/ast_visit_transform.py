# ast.NodeVisitor / NodeTransformer, walk, iter_fields, copy_location,
# fix_missing_locations, increment_lineno, and compiling / running the modified trees.
import ast

src = '''
"""Module doc."""
def area(w, h):
    """Area of a rectangle."""
    total = w * h
    return total

def greet(name):
    return "hi " + name

values = [area(2, 3), area(4, 5)]
print(values, greet("bob"))
'''

tree = ast.parse(src)


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}

    def generic_visit(self, node):
        name = type(node).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        super().generic_visit(node)


c = Counter()
c.visit(tree)
print(sorted(c.counts.items()))


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))

    def visit_FunctionDef(self, node):
        self.seen.append(("def " + node.name, [a.arg for a in node.args.args]))
        self.generic_visit(node)


v = Names()
v.visit(tree)
print(v.seen)
print(tree.body[0].value.value, "|", tree.body[1].body[0].value.value)
print([type(n).__name__ for n in ast.walk(tree.body[1])])
print([name for name, _ in ast.iter_fields(tree.body[1])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[2])])


class Doubler(ast.NodeTransformer):
    """Multiplies every int constant by 10 and renames greet to shout."""

    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node

    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        if node.name == "greet":
            node.name = "shout"
        return node

    def visit_Name(self, node):
        if node.id == "greet":
            return ast.Name(id="shout", ctx=node.ctx)
        return node

    def visit_Expr(self, node):
        # Drops docstring-like expression statements except the module's call.
        self.generic_visit(node)
        if isinstance(node.value, ast.Constant):
            return None
        return node


new = ast.fix_missing_locations(Doubler().visit(tree))
print(ast.dump(new.body[-1]))
ns = {}
exec(compile(new, "<modified>", "exec"), ns)
print(sorted(k for k in ns if not k.startswith("__")))

# A tree built by hand, locations filled in, evaluated.
expr = ast.Expression(
    body=ast.BinOp(
        left=ast.Constant(6),
        op=ast.Mult(),
        right=ast.Call(func=ast.Name("len", ast.Load()), args=[ast.Constant("abcd")], keywords=[]),
    )
)
ast.fix_missing_locations(expr)
print(eval(compile(expr, "<expr>", "eval")))
print(expr.body.lineno, expr.body.col_offset, expr.body.end_lineno, expr.body.end_col_offset)

mod = ast.parse("x = 1\ny = x + 1\n")
ast.increment_lineno(mod, 10)
print([s.lineno for s in mod.body], mod.body[1].value.left.lineno)
code = compile(mod, "<inc>", "exec")
print(code.co_firstlineno)
ns = {}
exec(code, ns)
print(ns["y"])

# Interactive mode prints expression values.
exec(compile(ast.parse("1 + 1", mode="single"), "<single>", "single"))

# Errors from malformed trees.
bad_trees = [
    (ast.Module(body=[ast.Expr(value=None, lineno=1, col_offset=0)], type_ignores=[]), "exec"),
    (ast.Module(body=[ast.Expr(lineno=1, col_offset=0)], type_ignores=[]), "exec"),
    (ast.Module(body=[ast.Expr(value=ast.Name("x", ast.Load()))], type_ignores=[]), "exec"),
    (ast.Module(body=[ast.Expr(value=ast.Name("x", ast.Load()), lineno=1)], type_ignores=[]), "exec"),
    (ast.Module(body=3, type_ignores=[]), "exec"),
    (ast.Module(body=[3], type_ignores=[]), "exec"),
    (ast.Module(body=[]), "exec"),
    (ast.Expression(body=ast.Constant(1, lineno=1, col_offset=0)), "exec"),
    (ast.Expression(body=ast.Constant([1], lineno=1, col_offset=0)), "eval"),
    (ast.Expression(body=ast.Constant(1, lineno=1, col_offset=0)), "eval"),
]
for t, mode in bad_trees:
    try:
        print(type(compile(t, "<bad>", mode)).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    compile(ast.Name(), "<bad>", "exec")
except TypeError as e:
    print("TypeError", e)
print(compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST) is tree)
