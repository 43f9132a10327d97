//! Code generation of exception-handling statements against the oracle: `try` with `except`,
//! `else` and `finally`, `except*`, `with` and `async with`, alone and nested inside functions,
//! loops, generators and coroutines, left by `return`, `break`, `continue`, `yield` and `await`.
//! krait compiles each program and CPython's `compile()` of the same source must give an equal
//! code tree (including `co_exceptiontable`, `co_linetable` and `co_stacksize`) or the same
//! `SyntaxError` at the same place.

#[path = "common/codegen_check.rs"]
mod codegen_check;
mod common;

use codegen_check::{Xorshift, assert_all_agree, lib_extract, snippets};

/// Programs whose code objects must equal CPython's.
const CODE: &[&str] = &[
    // try/except: bare, typed, tuples of types, named, several clauses, else.
    "try:\n    f()\nexcept:\n    g()\n",
    "try:\n    f()\nexcept E:\n    g()\n",
    "try:\n    f()\nexcept (E, F):\n    g()\n",
    "try:\n    f()\nexcept E as e:\n    g(e)\n",
    "try:\n    f()\nexcept E as e:\n    g(e)\nexcept F:\n    h()\nexcept:\n    raise\n",
    "try:\n    f()\nexcept E:\n    pass\nelse:\n    g()\n",
    "try:\n    f()\nexcept E as e:\n    pass\nelse:\n    g()\nh()\n",
    "try:\n    pass\nexcept:\n    pass\n",
    // try/finally and the full statement.
    "try:\n    f()\nfinally:\n    g()\n",
    "try:\n    f()\nexcept E:\n    g()\nfinally:\n    h()\n",
    "try:\n    f()\nexcept E as e:\n    g()\nelse:\n    i()\nfinally:\n    h()\n",
    "try:\n    pass\nfinally:\n    pass\n",
    // Nesting.
    "try:\n    try:\n        f()\n    finally:\n        g()\nfinally:\n    h()\n",
    "try:\n    f()\nexcept E:\n    try:\n        g()\n    except F as e:\n        h(e)\n",
    "try:\n    f()\nfinally:\n    try:\n        g()\n    finally:\n        h()\n",
    // Functions: return through finally and handlers.
    "def f():\n    try:\n        return g()\n    finally:\n        h()\n",
    "def f():\n    try:\n        return 1\n    finally:\n        h()\n",
    "def f():\n    try:\n        return\n    finally:\n        return 2\n",
    "def f():\n    try:\n        g()\n    except E as e:\n        return e\n",
    "def f():\n    try:\n        g()\n    except E:\n        return 1\n    except:\n        return 2\n    else:\n        return 3\n",
    "def f(x):\n    try:\n        try:\n            return x\n        finally:\n            g()\n    finally:\n        h()\n",
    "def f():\n    try:\n        g()\n    except E as e:\n        try:\n            return e\n        finally:\n            del e\n",
    "def f():\n    try:\n        pass\n    finally:\n        try:\n            return g()\n        except:\n            pass\n",
    // Loops: break and continue through finally and handlers.
    "for x in y:\n    try:\n        break\n    finally:\n        f()\n",
    "for x in y:\n    try:\n        continue\n    finally:\n        f()\n",
    "while x:\n    try:\n        f()\n    except E:\n        break\n    except F as e:\n        continue\n",
    "for x in y:\n    try:\n        f()\n    finally:\n        break\n",
    "def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            continue\n",
    "for x in y:\n    try:\n        pass\n    except E as e:\n        for z in e:\n            break\n        else:\n            continue\n",
    // Generators and coroutines.
    "def g():\n    try:\n        yield 1\n    finally:\n        yield 2\n",
    "def g():\n    try:\n        x = yield\n    except E as e:\n        yield e\n",
    "def g():\n    try:\n        yield from f()\n    except GeneratorExit:\n        pass\n",
    "async def f():\n    try:\n        await g()\n    except E:\n        await h()\n    finally:\n        await i()\n",
    // with.
    "with a:\n    pass\n",
    "with a as b:\n    c = b.x(1)\n",
    "with a as b, c as d:\n    f(b, d)\n",
    "with a() as (b, c), d:\n    pass\n",
    "with a as b.c, d as e[0]:\n    pass\n",
    "with (a as b,\n      c as d):\n    pass\n",
    "with a:\n    with b:\n        pass\n",
    "def f():\n    with a as b:\n        return b\n",
    "def f():\n    with a:\n        return 1\n",
    "def f():\n    with a, b:\n        return g()\n",
    "for x in y:\n    with a:\n        break\n",
    "for x in y:\n    with a:\n        continue\n",
    "def g():\n    with a as b:\n        yield b\n",
    "with a:\n    try:\n        f()\n    except E:\n        pass\n",
    "try:\n    with a:\n        f()\nfinally:\n    g()\n",
    "def f():\n    try:\n        with a:\n            return 1\n    finally:\n        g()\n",
    // async with.
    "async def f():\n    async with a:\n        pass\n",
    "async def f():\n    async with a as b, c as d:\n        await b\n",
    "async def f():\n    async with a as b:\n        return b\n",
    "async def f():\n    for x in y:\n        async with a:\n            break\n",
    "async def f():\n    async with a:\n        with b:\n            async with c:\n                return 1\n",
    "async def f():\n    async for x in y:\n        async with a:\n            continue\n",
    // except*.
    "try:\n    f()\nexcept* E:\n    g()\n",
    "try:\n    f()\nexcept* E as e:\n    g(e)\n",
    "try:\n    f()\nexcept* E as e:\n    g(e)\nexcept* (F, G):\n    h()\n",
    "try:\n    f()\nexcept* E:\n    pass\nelse:\n    g()\n",
    "try:\n    f()\nexcept* E:\n    pass\nfinally:\n    g()\n",
    "try:\n    f()\nexcept* E as e:\n    pass\nexcept* F as f:\n    pass\nelse:\n    g()\nfinally:\n    h()\n",
    "def f():\n    try:\n        return g()\n    except* E:\n        pass\n",
    "def f():\n    for x in y:\n        try:\n            g()\n        except* E:\n            for z in x:\n                break\n",
    "def f():\n    try:\n        g()\n    except* E:\n        def h():\n            return 1\n",
    // Mangled and cell handler names.
    "class C:\n    try:\n        f()\n    except E as __e:\n        g(__e)\n",
    "def f():\n    try:\n        g()\n    except E as e:\n        return lambda: e\n",
    "def f():\n    global e\n    try:\n        g()\n    except E as e:\n        pass\n",
    "def f():\n    x = 0\n    def g():\n        nonlocal x\n        try:\n            pass\n        except E as x:\n            pass\n    return g\n",
    "try:\n    f()\nexcept E as e:\n    try:\n        g()\n    except F as e:\n        del e\n    h(e)\n",
    "with a as (x, *y):\n    pass\n",
    // More exits: else and finally clauses left by break/continue/return, awaits in cleanups.
    "for x in y:\n    try:\n        f()\n    except E:\n        pass\n    else:\n        break\n    finally:\n        continue\n",
    "def f():\n    while x:\n        try:\n            return 1\n        finally:\n            if y:\n                break\n    return 2\n",
    "async def f():\n    try:\n        async with a as b:\n            yield b\n    finally:\n        await c()\n",
    "async def f():\n    async with a:\n        async for x in y:\n            try:\n                return\n            finally:\n                await z\n",
    "def g():\n    try:\n        with a:\n            x = yield 1\n            return x\n    except GeneratorExit:\n        raise\n",
    "try:\n    import m\nexcept ImportError:\n    m = None\nelse:\n    from m import n\n",
    "class C:\n    with a:\n        x = 1\n    try:\n        y = 2\n    finally:\n        del x\n",
    // Locations across lines.
    "try:\n    f(\n        1,\n    )\nexcept (\n    E\n) as e:\n    g(\n        e)\nfinally:\n    h(\n    )\n",
    "with (\n    a\n) as b:\n    pass\n",
    "with a(\n    1\n) as (\n    b\n):\n    f()\n",
];

/// Programs `compile()` rejects while generating code for these statements.
const ERRORS: &[&str] = &[
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
    "try:\n    pass\nexcept E:\n    pass\nexcept:\n    pass\nexcept F:\n    pass\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        with a:\n            break\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        try:\n            pass\n        finally:\n            continue\n",
    "for x in y:\n    try:\n        pass\n    except* E as e:\n        break\n",
    "def f():\n    async with a:\n        pass\n",
    "async with a:\n    pass\n",
    "def f():\n    try:\n        pass\n    except E:\n        break\n",
    "try:\n    pass\nexcept E as __debug__:\n    pass\n",
    "try:\n    pass\nexcept* E as __debug__:\n    pass\n",
    "with a as __debug__:\n    pass\n",
    "try:\n    pass\nfinally:\n    continue\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return (\n            1)\n",
];

#[test]
fn try_and_with_code_objects_equal_cpython() {
    assert_all_agree("try/with programs", &snippets("try_code", CODE));
}

#[test]
fn try_and_with_compile_errors_equal_cpython() {
    assert_all_agree("try/with errors", &snippets("try_error", ERRORS));
}

/// Where a generated statement sits: what may legally appear there.
#[derive(Clone, Copy)]
struct Ctx {
    /// Inside a function (`return` allowed).
    function: bool,
    /// Inside a generator (`yield` allowed).
    generator: bool,
    /// Inside a coroutine (`await`, `async with`, `async for` allowed).
    coroutine: bool,
    /// Inside a loop of the current function (`break`, `continue` allowed).
    looping: bool,
    /// Inside an `except*` body without a loop in between: `break`, `continue` and `return`
    /// are errors there, generated only rarely.
    star: bool,
}

/// A small deterministic generator of nested exception-handling statements (xorshift64).
struct Gen {
    state: u64,
}

impl Xorshift for Gen {
    fn state(&mut self) -> &mut u64 {
        &mut self.state
    }
}

impl Gen {
    /// A simple statement valid in `ctx` (rarely one that is not, to check the errors).
    fn simple(&mut self, ctx: Ctx) -> String {
        let mut options = vec![
            "pass",
            "f()",
            "x = g(x)",
            "x.y = 1",
            "raise",
            "raise E from x",
        ];
        if ctx.function && (!ctx.star || self.chance(3)) {
            options.extend(["return", "return x", "return 1", "return g()"]);
        }
        if ctx.looping && (!ctx.star || self.chance(3)) {
            options.extend(["break", "continue", "break", "continue"]);
        }
        if ctx.generator {
            options.extend(["yield x", "x = yield", "yield from g()"]);
        }
        if ctx.coroutine {
            options.extend(["await g()", "x = await h(x)"]);
        }
        self.pick(&options).to_owned()
    }

    /// A block of one to three statements at `indent`.
    fn block(&mut self, ctx: Ctx, depth: usize, indent: usize) -> String {
        let n = 1 + self.below(3);
        (0..n).map(|_| self.stmt(ctx, depth, indent)).collect()
    }

    fn stmt(&mut self, ctx: Ctx, depth: usize, indent: usize) -> String {
        let pad = "    ".repeat(indent);
        if depth >= 3 || self.chance(40) {
            return format!("{pad}{}\n", self.simple(ctx));
        }
        match self.below(10) {
            0..=3 => self.try_stmt(ctx, depth, indent, false),
            4 => self.try_stmt(ctx, depth, indent, true),
            5 | 6 => self.with_stmt(ctx, depth, indent),
            7 => {
                let looped = Ctx {
                    looping: true,
                    star: false,
                    ..ctx
                };
                let head = if ctx.coroutine && self.chance(30) {
                    "async for i in x:"
                } else {
                    self.pick(&["for i in x:", "while x:"])
                };
                let mut s = format!("{pad}{head}\n{}", self.block(looped, depth + 1, indent + 1));
                if self.chance(25) {
                    s += &format!("{pad}else:\n{}", self.block(ctx, depth + 1, indent + 1));
                }
                s
            }
            8 => {
                let mut s = format!("{pad}if x:\n{}", self.block(ctx, depth + 1, indent + 1));
                if self.chance(40) {
                    s += &format!("{pad}else:\n{}", self.block(ctx, depth + 1, indent + 1));
                }
                s
            }
            _ => format!("{pad}{}\n", self.simple(ctx)),
        }
    }

    fn try_stmt(&mut self, ctx: Ctx, depth: usize, indent: usize, star: bool) -> String {
        let pad = "    ".repeat(indent);
        let inner = |g: &mut Gen, c: Ctx| g.block(c, depth + 1, indent + 1);
        let mut s = format!("{pad}try:\n{}", inner(self, ctx));
        let handlers = if star {
            1 + self.below(3)
        } else {
            self.below(4)
        };
        let finally = handlers == 0 || self.chance(30);
        let kw = if star { "except*" } else { "except" };
        let handler_ctx = Ctx {
            star: star || ctx.star,
            ..ctx
        };
        for i in 0..handlers {
            let last = i + 1 == handlers;
            let ty = if !star && last && self.chance(30) {
                String::new()
            } else {
                format!(" {}", self.pick(&["E", "(E, F)", "m.E", "g()"]))
            };
            let name = if !ty.is_empty() && self.chance(50) {
                format!(" as {}", self.pick(&["e", "err", "x"]))
            } else {
                String::new()
            };
            s += &format!("{pad}{kw}{ty}{name}:\n{}", inner(self, handler_ctx));
        }
        if handlers > 0 && self.chance(30) {
            s += &format!("{pad}else:\n{}", inner(self, ctx));
        }
        if finally {
            // A `finally` body is copied at every exit of its `try`: keep it shallow so that
            // the programs do not grow exponentially.
            let fin = self.block(ctx, depth + 2, indent + 1);
            s += &format!("{pad}finally:\n{fin}");
        }
        s
    }

    fn with_stmt(&mut self, ctx: Ctx, depth: usize, indent: usize) -> String {
        let pad = "    ".repeat(indent);
        let n = 1 + self.below(3);
        let items: Vec<String> = (0..n)
            .map(|_| {
                let expr = self.pick(&["a", "b()", "m.c(x)", "open(x)"]);
                match self.below(4) {
                    0 => format!("{expr} as v"),
                    1 => format!("{expr} as (p, q)"),
                    _ => expr.to_owned(),
                }
            })
            .collect();
        let kw = if ctx.coroutine && self.chance(50) {
            "async with"
        } else {
            "with"
        };
        format!(
            "{pad}{kw} {}:\n{}",
            items.join(", "),
            self.block(ctx, depth + 1, indent + 1)
        )
    }

    /// A whole program: statements at module level, in a class, or in a function, generator
    /// or coroutine (sometimes inside a loop).
    fn program(&mut self) -> String {
        let top = Ctx {
            function: false,
            generator: false,
            coroutine: false,
            looping: false,
            star: false,
        };
        let (head, ctx) = match self.below(6) {
            0 => ("", top),
            1 => ("class C:\n", top),
            2 => (
                "def f(x):\n",
                Ctx {
                    function: true,
                    ..top
                },
            ),
            3 => (
                "def g(x):\n    yield\n",
                Ctx {
                    function: true,
                    generator: true,
                    ..top
                },
            ),
            4 => (
                "async def h(x):\n",
                Ctx {
                    function: true,
                    coroutine: true,
                    ..top
                },
            ),
            _ => (
                "def f(x):\n    for y in x:\n",
                Ctx {
                    function: true,
                    looping: true,
                    ..top
                },
            ),
        };
        let indent = head.matches(':').count();
        format!("{head}{}", self.block(ctx, 0, indent))
    }
}

/// Random nestings of try/except/else/finally, except*, with and async with inside functions,
/// loops, generators and coroutines, left by return/break/continue/yield/await: code or error
/// as CPython's.
#[test]
fn random_try_and_with_statements_equal_cpython() {
    let mut g = Gen {
        state: 0x2545_F491_4F6C_DD1D,
    };
    let sources: Vec<(String, Vec<u8>)> = (0..1500)
        .map(|i| (format!("random_{i}.py"), g.program().into_bytes()))
        .collect();
    assert_all_agree("random try/with programs", &sources);
}

/// Python: every outermost `try`, `try`/`except*`, `with` and `async with` statement of the
/// oracle's Lib (third-party packages left out), cut out with its lines, dedented and put in a
/// loop in a function (a coroutine if it awaits), so that `return`, `break`, `continue` stay
/// valid; framed as (name, source). Statements with comprehensions, f-strings or anything the
/// AST optimiser folds are left out: they are other parts' business.
const EXTRACT: &str = r#"
KINDS = (ast.Try, ast.TryStar, ast.With, ast.AsyncWith)
def elsewhere(node):
    for n in ast.walk(node):
        if isinstance(n, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.JoinedStr)):
            return True
        if isinstance(n, ast.UnaryOp) and isinstance(n.operand, ast.Constant):
            return True
        if isinstance(n, ast.BinOp) and isinstance(n.left, ast.Constant) and isinstance(n.right, ast.Constant):
            return True
        # `'%s' % (x,)` becomes an f-string.
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mod) and isinstance(n.left, ast.Constant):
            return True
        if isinstance(n, ast.Tuple) and all(isinstance(e, ast.Constant) for e in n.elts):
            return True
        if isinstance(n, (ast.List, ast.Set)) and n.elts and all(isinstance(e, ast.Constant) for e in n.elts):
            return True
        if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Constant) and isinstance(n.slice, ast.Constant):
            return True
        if isinstance(n, ast.Name) and n.id == '__debug__':
            return True
        # `not a in b` becomes `a not in b`; `in [...]` and `for ... in [...]` use tuples.
        if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.Not) and isinstance(n.operand, ast.Compare):
            return True
        if isinstance(n, ast.Compare) and any(isinstance(c, (ast.List, ast.Set)) for c in n.comparators):
            return True
        if isinstance(n, (ast.For, ast.AsyncFor)) and isinstance(n.iter, (ast.List, ast.Set)):
            return True
    return False
def outermost(tree):
    found = []
    def visit(n, inside):
        if isinstance(n, KINDS) and not inside:
            found.append(n)
            inside = True
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            inside = False
        for child in ast.iter_child_nodes(n):
            visit(child, inside)
    visit(tree, False)
    return found
records = []
for rel, src, tree in lib_trees('try', 'with'):
    lines = src.splitlines(keepends=True)
    for node in outermost(tree):
        if elsewhere(node):
            continue
        chunk = lines[node.lineno - 1:node.end_lineno]
        # The statement may follow others on its first line (`if x: with y: ...`).
        chunk[0] = ' ' * node.col_offset + chunk[0][node.col_offset:]
        text = textwrap.dedent(''.join(chunk))
        coroutine = any(isinstance(n, (ast.Await, ast.AsyncWith, ast.AsyncFor)) for n in ast.walk(node))
        head = 'async def f():' if coroutine else 'def f():'
        body = textwrap.indent(text, ' ' * 8)
        records += [f'{rel}:{node.lineno}'.encode(), f'{head}\n    for _ in x:\n{body}'.encode()]
write_frames(records)
"#;

/// The exception-handling statements of CPython's own Lib.
#[test]
fn stdlib_try_and_with_statements_equal_cpython() {
    let sources = lib_extract(EXTRACT);
    assert!(
        sources.len() > 5000,
        "only {} try/with statements",
        sources.len()
    );
    assert_all_agree("Lib's try/with statements", &sources);
}

/// Large and deep statements: long bodies and many handlers (jumps and exception-table entries
/// past one byte), nesting up to and past CPython's 20 static blocks.
#[test]
fn large_and_deep_statements_equal_cpython() {
    let indent = |s: &str, n: usize| {
        s.lines()
            .map(|l| format!("{}{l}\n", "    ".repeat(n)))
            .collect::<String>()
    };
    let calls = |n: usize| (0..n).map(|i| format!("f{i}(x)\n")).collect::<String>();
    let nest = |depth: usize, open: &dyn Fn(usize) -> String, inner: &str| {
        let mut s = inner.to_owned();
        for i in (0..depth).rev() {
            s = format!("{}{}", open(i), indent(&s, 1));
        }
        s
    };
    let mut programs = vec![
        format!("try:\n{}except E:\n    pass\n", indent(&calls(400), 1)),
        format!("try:\n    f()\nfinally:\n{}", indent(&calls(400), 1)),
        format!(
            "try:\n    f()\n{}",
            (0..150)
                .map(|i| format!("except E{i} as e{i}:\n    g(e{i})\n"))
                .collect::<String>()
        ),
        format!(
            "try:\n    f()\n{}",
            (0..100)
                .map(|i| format!("except* E{i}:\n    g({i})\n"))
                .collect::<String>()
        ),
        format!(
            "with {}:\n    pass\n",
            (0..19)
                .map(|i| format!("a{i}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        format!(
            "with {}:\n    pass\n",
            (0..21)
                .map(|i| format!("a{i} as b{i}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        format!(
            "async def f():\n    async with {}:\n        return 1\n",
            (0..19)
                .map(|i| format!("a{i}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    ];
    for depth in [5, 19, 20, 21] {
        // Each `try` closes with a `finally` at its own indentation: built from the inside.
        let mut s = "return x\n".to_owned();
        for i in (0..depth).rev() {
            s = format!(
                "try:\n{}finally:\n    g{i}()\n",
                indent(&format!("f{i}()\n{s}"), 1)
            );
        }
        programs.push(format!("def f(x):\n{}", indent(&s, 1)));
        let withs = nest(depth, &|i| format!("with a{i} as b{i}:\n"), "return b0\n");
        programs.push(format!("def f():\n{}", indent(&withs, 1)));
        let mut s = "break\n".to_owned();
        for i in (0..depth).rev() {
            s = format!("try:\n{}except E{i} as e:\n    continue\n", indent(&s, 1));
        }
        programs.push(format!("for x in y:\n{}", indent(&s, 1)));
    }
    let sources: Vec<(String, Vec<u8>)> = programs
        .into_iter()
        .enumerate()
        .map(|(i, p)| (format!("large_{i}.py"), p.into_bytes()))
        .collect();
    assert_all_agree("large and deep try/with statements", &sources);
}
