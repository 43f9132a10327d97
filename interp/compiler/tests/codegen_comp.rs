//! Code generation of comprehensions, generator expressions and f-strings against the oracle:
//! krait compiles each program, and CPython's `compile()` of the same source must give an equal
//! code tree (every field of every code object, names and qualnames included, compared through
//! marshal) or the same `SyntaxError` (class, message, line, offset, end line, end offset).
//!
//! CPython folds constants in the AST before code generation (`ast_opt.c`); the programs here
//! avoid what folding would rewrite (operators over literals, list or set displays iterated
//! over, `%` formatting of a literal), which the optimiser's own tests cover.

#[path = "common/codegen_check.rs"]
mod codegen_check;
mod common;

use codegen_check::{Xorshift, assert_all_agree, lib_extract, snippets};

/// Programs whose code objects must equal CPython's.
const CODE: &[&str] = &[
    // The four kinds, at module level.
    "[x for x in y]\n",
    "{x for x in y}\n",
    "{k: v for k, v in y}\n",
    "(x for x in y)\n",
    "r = [x for x in y]\ns = {x for x in y}\nd = {k: v for k, v in y}\ng = (x for x in y)\n",
    // Conditions and nested loops.
    "r = [x for x in y if x]\n",
    "r = [x for x in y if x if not x.z if a and b or c]\n",
    "r = [(x, z) for x in y for z in x]\n",
    "r = [(x, z, w) for x in y if x for z in x if z > x for w in z]\n",
    "r = {x: z for x in y for z in x if x != z}\n",
    "r = list(x * 2 for x in y if x)\n",
    "r = [x for x, (z, *w) in y]\n",
    "r = [x.a for x.a in y]\n",
    "r = [q for x in y for q in [f(x)]]\n",
    "r = [q for x in y for q in (f(x),)]\n",
    "r = [q for x in y for q in [*x]]\n",
    "r = [q for x in y for q in (a, x)]\n",
    "r = [[z for z in x] for x in y]\n",
    "r = [[[w for w in z] for z in x] for x in y]\n",
    "r = [x for x in [z for z in y]]\n",
    "r = [x for x in (z for z in y) if (w for w in x)]\n",
    // Calls with generator arguments.
    "f(x for x in y)\n",
    "f(a, (x for x in y))\n",
    "sum(x for x in y if x)\n",
    "o.m(x for x in y)\n",
    "f(*[x for x in y], **{k: v for k, v in z})\n",
    "any(x in z for x in y)\n",
    // Function scopes: fast locals, cells, closures over outer variables.
    "def f(y):\n    return [x for x in y]\n",
    "def f(y, a):\n    return [x + a for x in y]\n",
    "def f(y, a):\n    return [lambda: x + a for x in y]\n",
    "def f(y):\n    a = 1\n    def g():\n        return {x: a for x in y}\n    return g\n",
    "def f(y):\n    return [[x + z for z in y] for x in y]\n",
    "def f(y):\n    g = (x for x in y)\n    return g\n",
    "def f(*args, **kw):\n    return {k: [a for a in args if a] for k in kw}\n",
    "def f():\n    global y\n    return [x for x in y]\n",
    "def f(y):\n    x = 1\n    r = [x for x in y]\n    return x, r\n",
    "def f(a):\n    def g(y):\n        nonlocal a\n        return [x + a for x in y]\n    return g\n",
    "def outer(y):\n    def mid():\n        return [lambda: x for x in y]\n    return mid\n",
    "lambda y: [x for x in y]\n",
    "lambda y, z: (x + z for x in y)\n",
    // Class scopes: names of the class body are not visible inside, except the outermost iterable.
    "class C:\n    y = [1]\n    z = [x for x in y]\n",
    "class C:\n    y = [1]\n    z = [y for x in y]\n",
    "class C:\n    __p = 1\n    r = [__p + x for x in __y]\n",
    "class C:\n    def m(self):\n        return [super().m() for x in self]\n",
    "class C:\n    def m(self):\n        return [__class__ for x in self]\n",
    // Assignment expressions bind in the enclosing scope.
    "r = [last := x for x in y]\n",
    "def f(y):\n    r = [last := x for x in y]\n    return last\n",
    "def f(y):\n    if any((hit := x) > 0 for x in y):\n        return hit\n",
    "def f(y):\n    return [[(q := z) for z in x] for x in y], q\n",
    "class C:\n    def m(self, y):\n        return [(w := x) for x in y], w\n",
    // Generator expressions that yield.
    "def f(y):\n    return (x for x in y if x is not None)\n",
    "g = ((x, z) for x in y for z in x)\n",
    // Async: comprehensions awaiting or iterating asynchronously.
    "async def f(y):\n    return [x async for x in y]\n",
    "async def f(y):\n    return [await x for x in y]\n",
    "async def f(y):\n    return {x: await x async for x in y if await x}\n",
    "async def f(y):\n    return (x async for x in y)\n",
    "async def f(y):\n    return (await x for x in y)\n",
    "def f(y):\n    return (x async for x in y)\n",
    "def f(y):\n    return (await x for x in y)\n",
    "async def f(y):\n    return [x async for x in y for z in x async for w in z if w]\n",
    "async def f(y):\n    return [[w async for w in x] for x in y]\n",
    "async def f(y):\n    return [[w async for w in x] async for x in y]\n",
    "async def f(y):\n    return [x for x in (z async for z in y)]\n",
    "async def f(y):\n    return [x async for x in a for q in [f(x)] if q]\n",
    "async def f(y):\n    async def g():\n        return {x async for x in y}\n    return [await g() for _ in y]\n",
    "class C:\n    async def m(self, y):\n        return [x async for x in y]\n",
    "def f(w):\n    return ([x async for x in z] for z in w)\n",
    "def f(w):\n    return ((await x for x in z) for z in w)\n",
    // f-strings: conversions, specs, nesting, the `=` form, single parts.
    "s = f'{x}'\n",
    "s = f'a{x}'\n",
    "s = f'{x}b{y}c'\n",
    "s = f'{x!r} {x!s} {x!a}'\n",
    "s = f'{x:>10}'\n",
    "s = f'{x:{w}.{p}f}'\n",
    "s = f'{x!r:^{w}}'\n",
    "s = f'{x=}'\n",
    "s = f'{x = }'\n",
    "s = f'{x=!s}'\n",
    "s = f'{x=:>8}'\n",
    "s = f'{x=!a:{w}}'\n",
    "s = f'{f\"{x}\"}'\n",
    "s = f'{x:{y:{z}}}'\n",
    "s = f'a' f'{x}' 'b' f'{y}'\n",
    "s = f''\n",
    "s = f'{{}}'\n",
    "s = f'{{{x}}}'\n",
    "s = f'''{\nx\n}\n{y!r}'''\n",
    "s = f'{x}' f'{y}'\n",
    "s = f'{x:}'\n",
    "s = f'{[a for a in x]}'\n",
    "s = f'{x if y else z}' f'{(lambda: w)()}'\n",
    "def f(x, w):\n    return f'{x:{w}}'\n",
    "def f(x):\n    return [f'{y}-{x}' for y in x]\n",
    "async def f(x):\n    return f'{await x!r}'\n",
    "print(f'{a.b}: {c[d]:>{e}} {g(h)!r}')\n",
    "s = (f'{x}'\n     f'{y}'\n     'z')\n",
    // Layouts across lines.
    "r = [\n    x\n    for x in\n    y\n    if x\n]\n",
    "r = {\n    k:\n        v\n    for k, v\n    in y\n}\n",
    "r = f(\n    x\n    for x in y\n)\n",
    "def f(y):\n    return [\n        lambda: x\n        for x in y\n        if x\n    ]\n",
    "async def f(y):\n    return [\n        x\n        async for x in\n        y\n    ]\n",
];

/// Programs `compile()` rejects while compiling their comprehensions or f-strings.
const ERRORS: &[&str] = &[
    "[x async for x in y]\n",
    "def f(y):\n    return [x async for x in y]\n",
    "def f(y):\n    return [await x for x in y]\n",
    "def f(y):\n    return {x: 1 async for x in y}\n",
    "class C:\n    r = {x async for x in y}\n",
    "lambda y: [x async for x in y]\n",
    "def f(y):\n    return [\n        x\n        async for x in y\n    ]\n",
    "[await x for x in y]\n",
    "def f(w):\n    return [[await x for x in z] for z in w]\n",
    "def f(w):\n    return [(x async for x in z) for z in w]\n",
    "(await x for x in y)\n",
    "[x for x in y if (yield x)]\n",
    "[__debug__ for __debug__ in y]\n",
    "f(x for x in y, __debug__=1)\n",
    "s = f'{(__debug__ := 1)}'\n",
    "def f():\n    return [(x := 1) for x in y]\n",
    "[x for x in (y := z)]\n",
    "class C:\n    r = [(q := x) for x in y]\n",
];

#[test]
fn comprehension_code_objects_equal_cpython() {
    assert_all_agree("programs", &snippets("comp_code", CODE));
}

#[test]
fn comprehension_compile_errors_equal_cpython() {
    assert_all_agree("errors", &snippets("comp_error", ERRORS));
}

/// Big ones: f-strings past the stack-use guideline (built with `''.join`), many and deeply
/// nested loops (jump offsets past one byte, `LIST_APPEND` depths), comprehensions nested in
/// comprehensions, and more nested `async for`s than frame blocks allow.
#[test]
fn large_comprehensions_and_fstrings_equal_cpython() {
    let fields = |n: usize| (0..n).map(|i| format!("{{a{i}}}-")).collect::<String>();
    let loops = |n: usize, kw: &str| {
        (0..n)
            .map(|i| format!(" {kw} x{} in x{i}", i + 1))
            .collect::<String>()
    };
    let mut programs = vec![
        format!("s = f'{}'\n", fields(14)),
        format!("s = f'{}'\n", fields(15)),
        format!("s = f'{}'\n", fields(16)),
        format!("s = f'{}'\n", fields(31)),
        format!("s = f'{}'\n", fields(300)),
        format!("s = f'{{x:{}}}'\n", fields(40)),
        format!("def f(a0, a5):\n    return f'{}'\n", fields(100)),
        format!("r = [x0{}]\n", loops(30, "for")),
        format!("r = {{x0: x1{}}}\n", loops(60, "for")),
        format!("r = [x0{} if x0 if x1]\n", loops(5, "for")),
        format!(
            "r = [{}]\n",
            (0..30).fold("x".to_owned(), |acc, i| format!("[{acc} for x in y{i}]"))
        ),
        format!(
            "def f():\n    return [{}]\n",
            (0..30).fold("x".to_owned(), |acc, i| format!("({acc} for x in y{i})"))
        ),
        format!(
            "r = [{} for x in y]\n",
            (0..200)
                .map(|i| format!("x.a{i}"))
                .collect::<Vec<_>>()
                .join(" + ")
        ),
    ];
    for n in [19, 20, 21, 25] {
        programs.push(format!(
            "async def f(x0):\n    return [x0{}]\n",
            loops(n, "async for")
        ));
    }
    let sources: Vec<(String, Vec<u8>)> = programs
        .into_iter()
        .enumerate()
        .map(|(i, p)| (format!("large_{i}.py"), p.into_bytes()))
        .collect();
    assert_all_agree("large programs", &sources);
}

/// A small deterministic generator of random programs around comprehensions and f-strings
/// (xorshift64).
struct Gen {
    state: u64,
    /// Inside an `async def` (awaits and `async for` allowed), or allowed to write them anyway
    /// now and then to reach the errors.
    is_async: bool,
    /// Names bound by enclosing comprehension loops, to use in elements and conditions.
    bound: Vec<String>,
    /// How many loop variables were made so far (for fresh names).
    fresh: usize,
}

impl Xorshift for Gen {
    fn state(&mut self) -> &mut u64 {
        &mut self.state
    }
}

impl Gen {
    /// A name: one bound by an enclosing loop, a parameter or local of the scope, or a global.
    fn name(&mut self) -> String {
        if !self.bound.is_empty() && self.chance(60) {
            let i = self.below(self.bound.len());
            return self.bound[i].clone();
        }
        self.pick(&["a", "b", "y", "z", "p", "__q", "w"]).to_owned()
    }

    /// A simple operand (no literal arithmetic, which CPython would fold).
    fn atom(&mut self, depth: usize) -> String {
        match self.below(12) {
            0 => format!("{}.attr", self.name()),
            1 => format!("f({})", self.name()),
            2 => format!("{}[{}]", self.name(), self.name()),
            4 if depth < 3 => self.comprehension(depth + 1),
            5 if depth < 3 => self.fstring(depth + 1),
            6 if self.is_async && self.chance(50) => format!("await {}", self.name()),
            7 if depth < 3 && self.chance(40) => {
                let body = self.expr(depth + 1);
                format!("(lambda: {body})")
            }
            8 if self.chance(30) => format!("({} := {})", self.pick(&["n", "m"]), self.name()),
            _ => self.name(),
        }
    }

    fn expr(&mut self, depth: usize) -> String {
        match self.below(8) {
            0 => format!("{} + {}", self.atom(depth), self.atom(depth)),
            1 => format!("({}, {})", self.atom(depth), self.atom(depth)),
            2 => format!(
                "{} if {} else {}",
                self.atom(depth),
                self.cond(depth),
                self.atom(depth)
            ),
            // Literals only where CPython's optimiser leaves them alone.
            3 => self.pick(&["1", "'s'", "None", "2.5", "b'b'"]).to_owned(),
            _ => self.atom(depth),
        }
    }

    fn cond(&mut self, depth: usize) -> String {
        match self.below(7) {
            0 => format!("not {}", self.atom(depth)),
            1 => format!("{} and {}", self.atom(depth), self.atom(depth)),
            2 => format!("{} or not {}", self.atom(depth), self.atom(depth)),
            3 => format!("{} < {}", self.atom(depth), self.pick(&["1", "'s'", "w"])),
            4 => format!("{} is not None", self.atom(depth)),
            5 => format!("{} in {}", self.atom(depth), self.name()),
            _ => self.atom(depth),
        }
    }

    /// A loop target: a fresh name, a tuple of fresh names, sometimes starred or an attribute.
    fn target(&mut self) -> String {
        let fresh = |g: &mut Gen| {
            g.fresh += 1;
            let n = format!("v{}", g.fresh);
            g.bound.push(n.clone());
            n
        };
        match self.below(8) {
            0 => format!("{}, {}", fresh(self), fresh(self)),
            1 => format!("({}, *{})", fresh(self), fresh(self)),
            2 if self.chance(30) => format!("{}.attr", self.name()),
            3 if self.chance(20) => self.pick(&["n", "a"]).to_owned(),
            _ => fresh(self),
        }
    }

    fn comprehension(&mut self, depth: usize) -> String {
        let saved = self.bound.len();
        let mut loops = String::new();
        for i in 0..1 + self.below(3) {
            let is_async = (self.is_async && self.chance(35)) || self.chance(2);
            let iter = match self.below(6) {
                // A list iterated over becomes a tuple in CPython's optimiser; only the sync
                // loop's one-item fast path makes that invisible.
                0 if i > 0 && !is_async => format!("[{}]", self.atom(depth + 1)),
                1 if i > 0 => format!("({},)", self.atom(depth + 1)),
                2 => format!("range({})", self.name()),
                3 if depth < 3 => self.comprehension(depth + 1),
                _ => self.name(),
            };
            let target = self.target();
            let kw = if is_async { "async for" } else { "for" };
            loops.push_str(&format!(" {kw} {target} in {iter}"));
            for _ in 0..self.below(3) {
                let c = self.cond(depth + 1);
                loops.push_str(&format!(" if {c}"));
            }
        }
        let elt = self.expr(depth + 1);
        let out = match self.below(5) {
            0 => format!("{{{elt}{loops}}}"),
            1 => {
                let key = self.atom(depth + 1);
                format!("{{{key}: {elt}{loops}}}")
            }
            2 => format!("({elt}{loops})"),
            3 => format!("g({elt}{loops})"),
            _ => format!("[{elt}{loops}]"),
        };
        self.bound.truncate(saved);
        out
    }

    /// An f-string with `"` quotes; expressions inside use `'` strings only, and nested
    /// f-strings inside have no strings at all.
    fn fstring(&mut self, depth: usize) -> String {
        let mut parts = String::new();
        for _ in 0..self.below(5) {
            match self.below(4) {
                0 => parts.push_str(self.pick(&["a", " ", "{{", "}}", "x=", "é"])),
                _ => {
                    let value = if depth < 3 && self.chance(25) {
                        self.comprehension(depth + 1)
                    } else {
                        self.name()
                    };
                    let eq = if self.chance(15) { "=" } else { "" };
                    let conv = self.pick(&["", "", "!r", "!s", "!a"]);
                    let spec = match self.below(5) {
                        0 => ":>10".to_owned(),
                        1 => format!(":{{{}}}", self.name()),
                        2 => format!(":{{{}}}.{{{}!r}}x", self.name(), self.name()),
                        _ => String::new(),
                    };
                    parts.push_str(&format!("{{{value}{eq}{conv}{spec}}}"));
                }
            }
        }
        let suffix = if self.chance(15) { " 'tail'" } else { "" };
        format!("f\"{parts}\"{suffix}")
    }

    /// A statement using a generated expression.
    fn stmt(&mut self) -> String {
        let e = if self.chance(40) {
            self.fstring(1)
        } else {
            self.comprehension(0)
        };
        match self.below(4) {
            0 => format!("r = {e}"),
            1 => format!("print({e})"),
            2 => format!("for it in {e}:\n    pass"),
            _ => e,
        }
    }

    /// A whole program: statements at module level, in a class, a function (sometimes nested
    /// or async), with parameters that comprehensions close over.
    fn program(&mut self) -> String {
        let scope = self.below(6);
        self.is_async = scope == 4;
        self.bound.clear();
        let n = 1 + self.below(3);
        let body: Vec<String> = (0..n).map(|_| self.stmt()).collect();
        let indent = |s: &str, n: usize| {
            s.lines()
                .map(|l| format!("{}{l}\n", "    ".repeat(n)))
                .collect::<String>()
        };
        let body = body.join("\n") + "\n";
        match scope {
            0 => body,
            1 => format!("class C:\n    y = 1\n{}", indent(&body, 1)),
            2 => format!("def f(a, y, *p, w=1):\n    b = 2\n{}", indent(&body, 1)),
            3 => format!(
                "def f(a, y):\n    def g(z):\n{}    return g\n",
                indent(&body, 2)
            ),
            4 => format!("async def f(a, y):\n{}", indent(&body, 1)),
            _ => format!(
                "class C:\n    def m(self, y):\n        z = self\n{}",
                indent(&body, 2)
            ),
        }
    }
}

/// Random programs: comprehensions of every kind, nested, with conditions, walrus, closures
/// over outer variables, async variants, f-strings with conversions, specs and the `=` form, in
/// module, class, function, nested function and async function scopes.
#[test]
fn random_comprehensions_equal_cpython() {
    let mut g = Gen {
        state: 0x2545_F491_4F6C_DD1D,
        is_async: false,
        bound: Vec::new(),
        fresh: 0,
    };
    let sources: Vec<(String, Vec<u8>)> = (0..1500)
        .map(|i| (format!("random_{i}.py"), g.program().into_bytes()))
        .collect();
    assert_all_agree("random programs", &sources);
}

/// Python: every outermost comprehension, generator expression and f-string of the oracle's
/// Lib (third-party packages left out), cut out with its source text and returned from a
/// function (`async def` when it awaits), deduplicated; framed as (name, source). Expressions
/// whose tree CPython's AST optimiser would rewrite are left out (see the module comment)
/// unless `KRAIT_COMP_ALL=1`.
const EXTRACT: &str = r#"
KINDS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.JoinedStr)
def foldable_const(n):
    if isinstance(n, ast.Constant):
        return True
    if isinstance(n, ast.Name):
        return n.id == '__debug__'
    if isinstance(n, ast.UnaryOp):
        return foldable_const(n.operand)
    if isinstance(n, ast.BinOp):
        return foldable_const(n.left) and foldable_const(n.right)
    if isinstance(n, ast.Tuple):
        return all(foldable_const(e) for e in n.elts)
    if isinstance(n, ast.Subscript):
        return foldable_const(n.value) and foldable_const(n.slice)
    return False
def optimiser_rewrites(tree):
    for n in ast.walk(tree):
        if not isinstance(n, ast.Constant) and foldable_const(n):
            return True
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mod) and isinstance(n.left, ast.Constant):
            return True
        iters = [g.iter for g in getattr(n, 'generators', [])]
        if isinstance(n, ast.Compare) and isinstance(n.ops[-1], (ast.In, ast.NotIn)):
            iters.append(n.comparators[-1])
        if any(isinstance(i, (ast.List, ast.Set)) for i in iters):
            return True
    return False
def outermost(tree):
    todo = [tree]
    while todo:
        n = todo.pop()
        if isinstance(n, KINDS):
            yield n
        else:
            todo.extend(ast.iter_child_nodes(n))
keep_all = bool(os.environ.get('KRAIT_COMP_ALL'))
seen, records = set(), []
for rel, src, tree in lib_trees():
    for node in outermost(tree):
        seg = ast.get_source_segment(src, node)
        if seg is None or seg in seen or (not keep_all and optimiser_rewrites(node)):
            continue
        seen.add(seg)
        is_async = any(isinstance(n, ast.Await) or getattr(n, 'is_async', 0) for n in ast.walk(node))
        head = 'async def' if is_async else 'def'
        records += [f'{rel}:{node.lineno}'.encode(), f'{head} f(self):\n    return (\n{seg}\n)\n'.encode()]
write_frames(records)
"#;

/// The comprehensions and f-strings of CPython's own Lib.
#[test]
fn stdlib_comprehensions_and_fstrings_equal_cpython() {
    let sources = lib_extract(EXTRACT);
    assert!(
        sources.len() > 3000,
        "only {} expressions extracted",
        sources.len()
    );
    assert_all_agree("Lib's comprehensions and f-strings", &sources);
}
