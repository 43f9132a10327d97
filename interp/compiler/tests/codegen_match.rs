//! Code generation of `match` statements against the oracle: krait compiles each program, and
//! CPython's `compile()` of the same source must give an equal code tree (every field of every
//! code object, compared through marshal) or the same `SyntaxError` (class, message, line,
//! offset, end line, end offset).

#[path = "common/codegen_check.rs"]
mod codegen_check;
mod common;

use codegen_check::{Xorshift, assert_all_agree, files, lib_extract, snippets};

/// Programs whose code objects must equal CPython's.
const CODE: &[&str] = &[
    // Literals, captures, the trailing wildcard.
    "match x:\n    case 1:\n        y = 1\n    case 'a':\n        y = 2\n    case b'b':\n        y = 3\n    case _:\n        y = 4\n",
    "match x:\n    case 1.5:\n        pass\n    case 2j:\n        pass\n",
    "match x:\n    case n:\n        print(n)\n",
    "match x:\n    case _:\n        print(1)\n",
    "match x:\n    case 1:\n        pass\n",
    "match x:\n    case None:\n        a = 1\n    case True:\n        a = 2\n    case False:\n        a = 3\n",
    "match x:\n    case 1:\n        pass\n    case other:\n        print(other)\n",
    // Guards.
    "match x:\n    case n if n > 0:\n        print(n)\n    case n if n < 0:\n        print(-n)\n    case _:\n        print(0)\n",
    "match x:\n    case 1 if y:\n        pass\n    case _ if z:\n        pass\n",
    "match x:\n    case [a, b] if a and b or not a:\n        pass\n    case _:\n        pass\n",
    // Sequences.
    "match x:\n    case []:\n        pass\n    case [a]:\n        pass\n    case [a, b]:\n        pass\n    case (a, b, c):\n        pass\n",
    "match x:\n    case [a, *rest]:\n        pass\n    case [*init, last]:\n        pass\n    case [f, *mid, l]:\n        pass\n",
    "match x:\n    case [first, *_]:\n        pass\n    case [*_, last]:\n        pass\n    case [f, *_, l]:\n        pass\n    case [_, *_, _, l]:\n        pass\n",
    "match x:\n    case [_, _]:\n        pass\n    case [*_]:\n        pass\n    case [_, *_]:\n        pass\n",
    "match x:\n    case [1, [2, a], (b, *c)]:\n        pass\n    case [[[d]]]:\n        pass\n",
    "match x:\n    case [1, 2, *_]:\n        pass\n    case [*rest]:\n        pass\n",
    "match x:\n    case [a, b, *_, c, d]:\n        pass\n",
    // Mappings.
    "match x:\n    case {}:\n        pass\n    case {'a': 1}:\n        pass\n    case {'a': a, 'b': b}:\n        pass\n",
    "match x:\n    case {'a': a, **rest}:\n        pass\n    case {**rest}:\n        pass\n",
    "match x:\n    case {1: _, 'b': [y, *z], None: q, b'k': r}:\n        pass\n",
    "match x:\n    case {C.K: v, D.E.F: w, **kw}:\n        pass\n",
    "match x:\n    case {'a': {'b': c}, 'd': [e]}:\n        pass\n",
    // Class patterns.
    "match x:\n    case C():\n        pass\n    case C(a):\n        pass\n    case C(a, b):\n        pass\n",
    "match x:\n    case C(x=1):\n        pass\n    case C(a, y=b):\n        pass\n    case m.C(_, _, z=_):\n        pass\n",
    "match x:\n    case Point(x=0, y=0):\n        print('origin')\n    case Point(x=0, y=y):\n        print(y)\n    case Point(x=x, y=0):\n        print(x)\n    case Point():\n        pass\n    case _:\n        raise ValueError\n",
    "match x:\n    case int(n) | float(n):\n        pass\n    case str() as s:\n        pass\n",
    // Or-patterns.
    "match x:\n    case 1 | 2 | 3:\n        pass\n    case 'a' | 'b':\n        pass\n",
    "match x:\n    case [a] | (a,):\n        pass\n",
    "match x:\n    case [a, b] | [b, a]:\n        pass\n",
    "match x:\n    case [a, b, c] | [c, b, a] | [b, c, a] | (a, c, b):\n        pass\n",
    "match x:\n    case {'x': a, 'y': b} | [b, a] | C(b, a):\n        pass\n",
    "match x:\n    case None | True | False:\n        pass\n",
    "match x:\n    case [1 | 2, (a | a)] | [3, a]:\n        pass\n",
    "match x:\n    case [q, (1 | 2) as w, [e, r] | (r, e)]:\n        pass\n",
    "match x:\n    case (a, 1) | (a, 2) if a:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case {'k': [a, b] | [b, a], **rest}:\n        pass\n",
    "match x:\n    case [*a, b] | [b, *a]:\n        pass\n",
    "match x:\n    case C(a, b=c) | D(c, b=a):\n        pass\n",
    "match x:\n    case 1 | z:\n        pass\n",
    // As-patterns.
    "match x:\n    case [a, b] as whole:\n        pass\n    case (1 | 2) as n:\n        pass\n    case ((1 as one) as uno) as eins:\n        pass\n",
    "match x:\n    case [1, 2] as y if y:\n        pass\n    case {'a': (b as c)} as d:\n        pass\n",
    // Values.
    "match x:\n    case Color.RED:\n        pass\n    case a.b.c.d:\n        pass\n",
    "match x:\n    case -1:\n        pass\n    case 1+2j:\n        pass\n    case -1.5-2j:\n        pass\n    case {-1: a}:\n        pass\n",
    "match x:\n    case 'a' 'b':\n        pass\n    case f'{1}':\n        pass\n",
    // Scopes: fast locals, cells, globals, classes, mangling.
    "def f(x):\n    match x:\n        case [a, *b]:\n            return a, b\n        case {'k': v}:\n            return v\n        case C(y=y):\n            return y\n    return None\n",
    "def f(x):\n    match x:\n        case [a, b]:\n            return lambda: a + b\n",
    "def f(x):\n    global g\n    match x:\n        case g:\n            pass\n",
    "def f(x):\n    a = 1\n    def h():\n        nonlocal a\n        match x:\n            case [a]:\n                pass\n    return h\n",
    "class K:\n    match x:\n        case [__a, b]:\n            pass\n        case C(__y=__z):\n            pass\n",
    "async def f(x):\n    match await x:\n        case [a]:\n            await a\n",
    // Control flow around and inside cases.
    "for i in y:\n    match i:\n        case 1:\n            break\n        case 2:\n            continue\n        case [a]:\n            pass\n    else:\n        pass\n",
    "def f(x):\n    for i in x:\n        match i:\n            case 1:\n                return 1\n            case n if n:\n                continue\n            case _:\n                break\n",
    "try:\n    match x:\n        case [a]:\n            raise E\n        case _:\n            pass\nexcept E:\n    pass\nfinally:\n    pass\n",
    "with m as n:\n    match n:\n        case 1:\n            pass\n",
    "match x:\n    case [a]:\n        match a:\n            case 1:\n                pass\n            case [b]:\n                pass\n    case _:\n        match y:\n            case z:\n                pass\n",
    "match x:\n    case 1:\n        pass\nmatch y:\n    case 2:\n        pass\n    case _:\n        pass\n",
    "while x:\n    match x:\n        case 0:\n            x = None\n        case _:\n            x -= 1\n",
    "match (x, y):\n    case (0, 0):\n        pass\n    case (a, b) if a == b:\n        pass\n",
    "match x, y:\n    case 0, 0:\n        pass\n    case a, *b:\n        pass\n",
    "match x:\n    case 1:\n        pass\n    case 2:\n        pass\n    case _:\n        pass\nprint(1)\n",
    "match x:\n    case 1:\n        pass\n    case _ if f():\n        pass\nprint(2)\n",
    "def f():\n    match x:\n        case _:\n            return 1\n",
    "def f():\n    match x:\n        case 1:\n            return 1\n        case _:\n            return 2\n",
    // Locations: patterns across lines.
    "match (\n    x\n):\n    case [\n        a,\n        b,\n    ]:\n        pass\n    case {\n        'k':\n            v,\n        **r\n    }:\n        pass\n    case (\n        C(\n            y=q,\n        )\n        | D()\n    ):\n        pass\n",
    "match x:\n    case [a,\n          *rest] if (a and\n                     rest):\n        pass\n    case _:\n        pass\n",
    "match x:\n    case (\n        1\n        | 2\n        | 3\n    ):\n        pass\n",
    "match x:\n    case C(\n        x=1,\n        y=[\n            a,\n        ],\n    ):\n        pass\n",
    "match x: \n    case {'a': 1, 'b': 2, 'c': 3, 'd': 4} | {'e': 5}: pass\n",
    "match x:\n    case [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, y, z, aa, bb, cc, dd, ee, ff, gg, hh]:\n        pass\n",
    "if c:\n    match x:\n        case 1:\n            pass\nelse:\n    pass\n",
    // Mapping keys equal as a set sees them: exactly, even between big ints and floats.
    "match x:\n    case {9007199254740993: a, 9007199254740992.0: b}:\n        pass\n",
    "match x:\n    case {1e400: a, 1e999j: b, 1000000000000000000000000000000000000000000: c, 1e42: d}:\n        pass\n",
    "match x:\n    case 1:\n        pass\n    case 2:\n        if y:\n            pass\n        else:\n            pass\n",
];

/// Programs `compile()` rejects during code generation of their `match`.
const ERRORS: &[&str] = &[
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case (_):\n        pass\n    case _:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case y as z:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [a] | [a, b]:\n        pass\n",
    "match x:\n    case [a, b] | [a, c]:\n        pass\n",
    "match x:\n    case [a] | 1:\n        pass\n",
    "match x:\n    case 1 | [a]:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a, *a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case C(a, b=a):\n        pass\n",
    "match x:\n    case [a, [b, (c as a)]]:\n        pass\n",
    "match x:\n    case [a, (a | a)]:\n        pass\n",
    "match x:\n    case [(b | b), b]:\n        pass\n",
    "match x:\n    case [a] as a:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case C(a=1, b=2, c=3, b=4, a=5):\n        pass\n",
    "match x:\n    case C(__debug__=1):\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case [*__debug__]:\n        pass\n",
    "match x:\n    case {**__debug__}:\n        pass\n",
    "match x:\n    case 1 as __debug__:\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case {1: a, 1.0: b}:\n        pass\n",
    "match x:\n    case {True: a, 1: b}:\n        pass\n",
    "match x:\n    case {'a': 1, 'b': 2, 'a': 3}:\n        pass\n",
    "match x:\n    case {0: a, -0.0: b}:\n        pass\n",
    "match x:\n    case {0: a, 0.0: b}:\n        pass\n",
    "match x:\n    case {1099511627776: a, 1099511627776.0: b}:\n        pass\n",
    "match x:\n    case {'a': a, b'a': b, 0j: c, False: d}:\n        pass\n",
    "match x:\n    case {None: a, None: b}:\n        pass\n",
    "match x:\n    case {b'\\x00': a, b'\\0': b}:\n        pass\n",
    "match x:\n    case {'\\u00e9': a, '\u{e9}': b}:\n        pass\n",
    "match x:\n    case {1j: a, 1j: b}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case 1:\n        pass\n    case [a, a]:\n        pass\n",
    "match x:\n    case [\n        a,\n        b,\n    ] | [\n        c,\n        d\n    ]:\n        pass\n",
    "match x:\n    case C(\n        a=1,\n        a=2,\n    ):\n        pass\n",
    "def f():\n    match x:\n        case y:\n            pass\n        case z:\n            pass\n",
    "match x:\n    case {'a': b, 'c': [d, {'e': b}]}:\n        pass\n",
];

#[test]
fn match_code_objects_equal_cpython() {
    let mut sources = snippets("match_code", CODE);
    sources.extend(files("corpus/compile/match"));
    assert_all_agree("match programs", &sources);
}

#[test]
fn match_compile_errors_equal_cpython() {
    let mut sources = snippets("match_error", ERRORS);
    sources.extend(files("corpus/errors/match"));
    assert_all_agree("match errors", &sources);
}

/// Too many items before a starred capture for `UNPACK_EX`.
#[test]
fn match_star_unpack_limit_equals_cpython() {
    let many = |n: usize| {
        let names: Vec<String> = (0..n).map(|i| format!("a{i}")).collect();
        format!(
            "match x:\n    case [{}, *rest]:\n        pass\n",
            names.join(", ")
        )
    };
    let sources = vec![
        ("star_255.py".to_owned(), many(255).into_bytes()),
        ("star_256.py".to_owned(), many(256).into_bytes()),
        ("star_257.py".to_owned(), many(257).into_bytes()),
    ];
    assert_all_agree("star-unpacking limits", &sources);
}

/// Big and deep patterns: hundreds of items, alternatives and keywords (arguments and jumps past
/// one byte), and deep nesting (stack depth).
#[test]
fn large_patterns_equal_cpython() {
    let list = |n: usize, f: &dyn Fn(usize) -> String| (0..n).map(f).collect::<Vec<_>>();
    let case =
        |p: String| format!("match x:\n    case {p}:\n        pass\n    case _:\n        pass\n");
    let names = list(300, &|i| format!("a{i}")).join(", ");
    let mut programs = vec![
        case(format!("[{names}]")),
        case(format!("[*_, {names}]")),
        case(format!("[{names}, *_, z]")),
        case(format!("C({names})")),
        case(list(300, &|i| i.to_string()).join(" | ")),
        case(
            list(40, &|i| {
                format!("[a, b, c, {i}] | [c, {i}, b, a] | C({i}, b, c, a)")
            })
            .join(" | "),
        ),
        case(format!(
            "{{{}}}",
            list(300, &|i| format!("{i}: a{i}")).join(", ")
        )),
        case(format!(
            "{{{}, **rest}}",
            list(260, &|i| format!("'k{i}': _")).join(", ")
        )),
        case(format!(
            "C({})",
            list(300, &|i| format!("k{i}=a{i}")).join(", ")
        )),
    ];
    for depth in [10, 50, 90] {
        let nest = |open: &str, leaf: &str, close: &str| {
            format!("{}{leaf}{}", open.repeat(depth), close.repeat(depth))
        };
        programs.push(case(nest("[", "a", "]")));
        programs.push(case(nest("C(", "a", ")")));
        programs.push(case(nest("{'k': ", "a", "}")));
        programs.push(case(nest("(1 | ", "2", ")")));
        programs.push(case(nest("([1] | ", "[2]", ")")));
        let open = list(depth, &|i| format!("[b{i}, "));
        let close = list(depth, &|i| format!(", *c{}]", depth - i));
        programs.push(case(format!("{}a{}", open.concat(), close.concat())));
    }
    let sources: Vec<(String, Vec<u8>)> = programs
        .into_iter()
        .enumerate()
        .map(|(i, p)| (format!("large_{i}.py"), p.into_bytes()))
        .collect();
    assert_all_agree("large patterns", &sources);
}

/// A small deterministic generator of random `match` statements (xorshift64).
struct Gen {
    state: u64,
    /// Names captured so far in the current pattern (kept mostly distinct).
    used: Vec<String>,
}

impl Xorshift for Gen {
    fn state(&mut self) -> &mut u64 {
        &mut self.state
    }
}

impl Gen {
    /// A capture name not used yet in this pattern (rarely a repeated one).
    fn name(&mut self) -> String {
        const NAMES: &[&str] = &["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "m"];
        if !self.used.is_empty() && self.chance(2) {
            let i = self.below(self.used.len());
            return self.used[i].clone();
        }
        for _ in 0..20 {
            let n = self.pick(NAMES).to_owned();
            if !self.used.contains(&n) {
                self.used.push(n.clone());
                return n;
            }
        }
        let n = format!("n{}", self.used.len());
        self.used.push(n.clone());
        n
    }

    fn literal(&mut self) -> String {
        const LITS: &[&str] = &[
            "0", "1", "42", "-1", "1.5", "-0.0", "'s'", "b'b'", "None", "True", "False", "E.X",
            "m.E.Y", "2j", "-3-4j", "1+0j", "'t' 'u'",
        ];
        self.pick(LITS).to_owned()
    }

    /// Items separated by commas, sometimes across lines.
    fn join(&mut self, items: Vec<String>, depth: usize) -> String {
        let sep = if self.chance(15) {
            format!(",\n{}", "    ".repeat(depth + 3))
        } else {
            ", ".to_owned()
        };
        items.join(&sep)
    }

    fn pattern(&mut self, depth: usize, captures: bool) -> String {
        let leaf = depth >= 3 || self.chance(35);
        if leaf {
            return match self.below(10) {
                0..=3 => self.literal(),
                4..=6 if captures => self.name(),
                // Alternatives other than the last must not be irrefutable.
                _ if !captures && self.chance(85) => self.literal(),
                _ => "_".to_owned(),
            };
        }
        match self.below(6) {
            0 | 1 => self.sequence(depth, captures),
            2 => self.mapping(depth, captures),
            3 => self.class(depth, captures),
            4 => self.or(depth, captures),
            _ if captures => {
                let inner = self.pattern(depth + 1, captures);
                format!("({inner}) as {}", self.name())
            }
            _ => self.literal(),
        }
    }

    fn sequence(&mut self, depth: usize, captures: bool) -> String {
        let n = self.below(5);
        let mut items: Vec<String> = (0..n).map(|_| self.pattern(depth + 1, captures)).collect();
        if self.chance(40) {
            let star = if captures && self.chance(50) {
                format!("*{}", self.name())
            } else {
                "*_".to_owned()
            };
            let at = self.below(items.len() + 1);
            items.insert(at, star);
        }
        let one = items.len() == 1;
        let body = self.join(items, depth);
        match self.below(3) {
            0 => format!("({body}{})", if one { "," } else { "" }),
            _ => format!("[{body}]"),
        }
    }

    fn mapping(&mut self, depth: usize, captures: bool) -> String {
        const KEYS: &[&str] = &[
            "'x'", "'y'", "1", "None", "b'z'", "K.A", "K.B", "2.5", "3j", "-7", "-0.0", "0", "1-1j",
        ];
        let n = self.below(4);
        let mut keys: Vec<&str> = Vec::new();
        while keys.len() < n {
            let k = self.pick(KEYS);
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        let mut items: Vec<String> = keys
            .iter()
            .map(|k| format!("{k}: {}", self.pattern(depth + 1, captures)))
            .collect();
        if captures && self.chance(30) {
            items.push(format!("**{}", self.name()));
        }
        format!("{{{}}}", self.join(items, depth))
    }

    fn class(&mut self, depth: usize, captures: bool) -> String {
        const ATTRS: &[&str] = &["x", "y", "z", "w"];
        let cls = self.pick(&["C", "m.D", "int", "Point"]);
        let npos = self.below(3);
        let mut items: Vec<String> = (0..npos)
            .map(|_| self.pattern(depth + 1, captures))
            .collect();
        let mut attrs: Vec<&str> = Vec::new();
        for _ in 0..self.below(3) {
            let a = self.pick(ATTRS);
            if !attrs.contains(&a) {
                attrs.push(a);
            }
        }
        for a in attrs {
            items.push(format!("{a}={}", self.pattern(depth + 1, captures)));
        }
        format!("{cls}({})", self.join(items, depth))
    }

    /// Alternatives without captures, or alternatives binding the same names in varying
    /// orders and shapes.
    fn or(&mut self, depth: usize, captures: bool) -> String {
        let n = 2 + self.below(3);
        if !captures || self.chance(40) {
            let alts: Vec<String> = (0..n).map(|_| self.pattern(depth + 1, false)).collect();
            return format!("({})", alts.join(" | "));
        }
        let names: Vec<String> = (0..1 + self.below(3)).map(|_| self.name()).collect();
        let mut alts = Vec::new();
        for _ in 0..n {
            let mut order = names.clone();
            for i in (1..order.len()).rev() {
                let j = self.below(i + 1);
                order.swap(i, j);
            }
            if self.chance(40) {
                let lit = self.literal();
                let at = self.below(order.len() + 1);
                order.insert(at, lit);
            }
            alts.push(match self.below(3) {
                0 => format!("[{}]", order.join(", ")),
                1 => format!("C({})", order.join(", ")),
                _ => format!(
                    "({}{})",
                    order.join(", "),
                    if order.len() == 1 { "," } else { "" }
                ),
            });
        }
        format!("({})", alts.join(" | "))
    }

    /// A whole program: a `match` (sometimes in a function or loop) with a few cases.
    fn program(&mut self) -> String {
        let wrapper = self.below(3);
        let bodies: &[&str] = if wrapper == 1 {
            &["pass", "y = 1", "print(1)", "break", "continue"]
        } else {
            &["pass", "y = 1", "print(1)", "return 1", "break"]
        };
        let ncases = 1 + self.below(4);
        let mut cases = String::new();
        for i in 0..ncases {
            self.used.clear();
            let last = i + 1 == ncases;
            let pattern = if last && self.chance(30) {
                self.pick(&["_", "z", "other"]).to_owned()
            } else {
                self.pattern(0, true)
            };
            let guard = if self.chance(25) {
                format!(
                    " if {}",
                    self.pick(&["g", "a", "g and h", "not g", "g or h()"])
                )
            } else {
                String::new()
            };
            let body = self.pick(bodies);
            cases.push_str(&format!("    case {pattern}{guard}:\n        {body}\n"));
        }
        let stmt = format!(
            "match {}:\n{cases}",
            self.pick(&["x", "x, y", "f(x)", "x.y"])
        );
        let indent = |s: &str, n: usize| {
            s.lines()
                .map(|l| format!("{}{l}\n", "    ".repeat(n)))
                .collect::<String>()
        };
        match wrapper {
            0 => format!(
                "def f(x):\n    for q in x:\n{}    return 2\n",
                indent(&stmt, 2)
            ),
            1 => format!("for q in x:\n{}", indent(&stmt, 1)),
            _ => format!("def f(x, g, h):\n    while x:\n{}", indent(&stmt, 2)),
        }
    }
}

/// Random `match` statements (patterns of every kind, nested, with guards, captures in or
/// alternatives in varying orders, locations across lines): code or error as CPython's.
#[test]
fn random_match_statements_equal_cpython() {
    let mut g = Gen {
        state: 0x9E37_79B9_7F4A_7C15,
        used: Vec::new(),
    };
    let sources: Vec<(String, Vec<u8>)> = (0..1000)
        .map(|i| (format!("random_{i}.py"), g.program().into_bytes()))
        .collect();
    assert_all_agree("random match programs", &sources);
}

/// Python: every `match` statement of the oracle's Lib (third-party packages left out), cut
/// out with its lines, dedented and put in a loop in a function (so that `return`, `break`,
/// `continue` stay valid); framed as (name, source).
const EXTRACT: &str = r#"
records = []
for rel, src, tree in lib_trees('match'):
    lines = src.splitlines(keepends=True)
    for node in ast.walk(tree):
        if isinstance(node, ast.Match):
            text = textwrap.dedent(''.join(lines[node.lineno - 1:node.end_lineno]))
            body = textwrap.indent(text, ' ' * 8)
            records += [f'{rel}:{node.lineno}'.encode(), f'def f():\n    for _ in x:\n{body}'.encode()]
write_frames(records)
"#;

/// The `match` statements of CPython's own Lib (`test_patma` above all).
#[test]
fn stdlib_match_statements_equal_cpython() {
    let sources = lib_extract(EXTRACT);
    assert!(
        sources.len() > 200,
        "only {} match statements",
        sources.len()
    );
    assert_all_agree("Lib's match statements", &sources);
}
