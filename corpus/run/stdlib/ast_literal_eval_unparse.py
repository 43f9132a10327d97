# ast.literal_eval (values and its errors) and ast.unparse (round trips through parse).
import ast

for text in ["42", "-3.5", "1e10", "0x1f", "'abc'", "b'by'", "True", "None", "...",
             "[1, 2, [3]]", "(1,)", "()", "{'a': 1, 'b': (2, 3)}", "{1, 2, 3}", "set()",
             "1+2j", "-(1-2j)", "  7", "\t[1,\n 2]", "+5", "--5"]:
    try:
        print(repr(text), "->", repr(ast.literal_eval(text)))
    except ValueError as e:
        print(repr(text), "ValueError", str(e).split(" at 0x")[0])

for bad in ["x", "f(1)", "1 + x", "[1, a]", "{**d}", "1 if x else 2", "lambda: 0",
            "{1: 2}[1]", "2 ** 3", "'a' * 2", "1 + 'b'"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", str(e).split(" at 0x")[0])
    except TypeError as e:
        print(repr(bad), "TypeError:", e)
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(ast.literal_eval(ast.parse("[1, (2, 'x')]", mode="eval")))
print(ast.literal_eval(ast.Constant(value=9)))

sources = [
    "x = 1",
    "a, *b = c",
    "def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    return a + b",
    "async def g():\n    async with a as b:\n        await b\n    async for x in y:\n        yield x",
    "class C(A, B, metaclass=M):\n    x: int = 3\n    y: str",
    "@dec\n@dec2(1)\ndef h():\n    pass",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2",
    "for i in range(3):\n    continue\nelse:\n    break",
    "while not done:\n    done = step()",
    "try:\n    risky()\nexcept ValueError as e:\n    raise RuntimeError('x') from e\nexcept (A, B):\n    pass\nelse:\n    ok()\nfinally:\n    cleanup()",
    "with open(p) as f, lock:\n    data = f.read()",
    "import os.path as op\nfrom .. import thing as t\nfrom m import *",
    "global g\nnonlocal n\ndel a[0], b.c",
    "assert x > 0, 'positive'",
    "print(*args, sep='', **kw)",
    "lambda x, y=2: x + y",
    "[i * j for i in range(3) if i for j in range(i)]",
    "{k: v for k, v in items}",
    "{x for x in s}",
    "(x async for x in aiter())",
    "a if b else c",
    "x = (yield)",
    "y = yield from g()",
    "(n := 10) > 5",
    "a[1:2, ::3] = b[...]",
    "f'{x!r:>{w}} and {y}'",
    "-x ** 2 + (not y) - ~z @ w // 3 % 4 << 1 >> 2 & 5 | 6 ^ 7",
    "a < b <= c is not d in e not in f",
    "x = 1 if True else 2; y = [1, 2][0]",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw} if v:\n        pass\n    case Point(x=0, y=_) | None as z:\n        pass\n    case _:\n        pass",
    "x: 'List[int]' = []",
    "raise",
    "return",
    "(a, b), c = d",
    "print((1, 2), (3,), ())",
    "1e309, 1j, 0.5, 10**20",
]
for s in sources:
    out = ast.unparse(ast.parse(s))
    print(out)
    print("  same tree:", ast.dump(ast.parse(out)) == ast.dump(ast.parse(s)))
print(ast.unparse(ast.BinOp(ast.Constant(1), ast.Add(), ast.Name("x", ast.Load()))))
