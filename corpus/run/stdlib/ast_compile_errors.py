# compile() of malformed hand-built trees: the conversion and validation errors of
# Python-ast.c / ast.c (contexts, empty lists, list lengths, positions, patterns).
import ast
L = dict(lineno=1, col_offset=0)
def E(e): return ast.Expression(body=e)
def M(*s): return ast.Module(body=list(s), type_ignores=[])
cases = [
  (E(ast.Name('x', ast.Store(), **L)), 'eval'),
  (E(ast.Name('x', ast.Del(), **L)), 'eval'),
  (M(ast.Assign(targets=[ast.Name('x', ast.Load(), **L)], value=ast.Constant(1, **L), **L)), 'exec'),
  (M(ast.Assign(targets=[ast.Call(ast.Name('f', ast.Load(), **L), [], [], **L)], value=ast.Constant(1, **L), **L)), 'exec'),
  (M(ast.Assign(targets=[], value=ast.Constant(1, **L), **L)), 'exec'),
  (E(ast.Starred(ast.Name('x', ast.Load(), **L), ast.Load(), **L)), 'eval'),
  (E(ast.Slice(**L)), 'eval'),
  (M(ast.Return(**L)), 'exec'),
  (M(ast.Break(**L)), 'exec'),
  (E(ast.BoolOp(ast.And(), [ast.Constant(1, **L)], **L)), 'eval'),
  (E(ast.BoolOp(ast.And(), [], **L)), 'eval'),
  (E(ast.Compare(ast.Constant(1, **L), [], [], **L)), 'eval'),
  (E(ast.Compare(ast.Constant(1, **L), [ast.Lt()], [], **L)), 'eval'),
  (E(ast.Dict([ast.Constant(1, **L)], [], **L)), 'eval'),
  (E(ast.Call(ast.Name('f', ast.Load(), **L), [], [ast.keyword('a', ast.Constant(1, **L), **L), ast.keyword('a', ast.Constant(1, **L), **L)], **L)), 'eval'),
  (M(ast.If(ast.Constant(1, **L), [], [], **L)), 'exec'),
  (M(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], **L)), 'exec'),
  (M(ast.FunctionDef('f', ast.arguments([], [ast.arg('a', **L)], None, [], [], None, [ast.Constant(1, **L), ast.Constant(2, **L)]), [ast.Pass(**L)], [], **L)), 'exec'),
  (M(ast.Try([ast.Pass(**L)], [], [], [], **L)), 'exec'),
  (M(ast.With([], [ast.Pass(**L)], **L)), 'exec'),
  (M(ast.Import([], **L)), 'exec'),
  (E(ast.Constant(1, kind=3, **L)), 'eval'),
  (E(ast.Name('None', ast.Load(), **L)), 'eval'),
  (E(ast.Name('1x', ast.Load(), **L)), 'eval'),
  (E(ast.FormattedValue(ast.Constant(1, **L), 200, None, **L)), 'eval'),
  (E(ast.JoinedStr([ast.Constant(1, **L)], **L)), 'eval'),
  (M(ast.Match(ast.Name('x', ast.Load(), **L), [], **L)), 'exec'),
  (M(ast.Match(ast.Name('x', ast.Load(), **L), [ast.match_case(ast.MatchValue(ast.Name('y', ast.Load(), **L), **L), None, [ast.Pass(**L)])], **L)), 'exec'),
  (M(ast.Match(ast.Name('x', ast.Load(), **L), [ast.match_case(ast.MatchAs(ast.MatchAs(**L), None, **L), None, [ast.Pass(**L)])], **L)), 'exec'),
  (M(ast.Match(ast.Name('x', ast.Load(), **L), [ast.match_case(ast.MatchSingleton(5, **L), None, [ast.Pass(**L)])], **L)), 'exec'),
  (M(ast.AugAssign(ast.Name('x', ast.Load(), **L), ast.Add(), ast.Constant(1, **L), **L)), 'exec'),
  (M(ast.Delete([ast.Name('x', ast.Load(), **L)], **L)), 'exec'),
  (M(ast.Nonlocal(['x'], **L)), 'exec'),
  (M(ast.Global([], **L)), 'exec'),
  (E(ast.Lambda(ast.arguments([], [], None, [ast.arg('k', **L)], [], None, []), ast.Constant(1, **L), **L)), 'eval'),
  (E(ast.Constant(1, lineno=5, col_offset=3, end_lineno=2, end_col_offset=0)), 'eval'),
  (E(ast.Constant(1, lineno=-5, col_offset=-3)), 'eval'),
  (E(ast.Constant(1, lineno=2**40, col_offset=0)), 'eval'),
  (E(ast.ListComp(ast.Constant(1, **L), [], **L)), 'eval'),
  (E(ast.Await(ast.Constant(1, **L), **L)), 'eval'),
  (E(ast.Yield(None, **L)), 'eval'),
]
for t, mode in cases:
    try:
        c = compile(t, '<m>', mode)
        print('ok', type(c).__name__)
    except Exception as e:
        print(type(e).__name__, e)
